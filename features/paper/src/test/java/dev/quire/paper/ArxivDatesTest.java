package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ArxivDatesTest {
  private static Instant day(String d) {
    return Instant.parse(d + "T00:00:00Z");
  }

  @Test
  void theIdNamesTheMonthForNewAndOldStyleIds() {
    assertThat(ArxivDates.idMonth("2404.17633")).contains(YearMonth.of(2024, 4));
    assertThat(ArxivDates.idMonth("hep-th/9901001")).contains(YearMonth.of(1999, 1));
    assertThat(ArxivDates.idMonth("math.GT/0309136")).contains(YearMonth.of(2003, 9));
    assertThat(ArxivDates.idMonth("not-an-id")).isEmpty();
  }

  @Test
  void aListingDayInsideTheIdsMonthIsTheAnnouncementDay() {
    ArxivDates.Dated d = ArxivDates.fromListing("2404.17633", day("2024-04-26"));
    assertThat(d.instant()).isEqualTo(day("2024-04-26"));
    assertThat(d.dayKnown()).isTrue();
  }

  @Test
  void aListingReadInTheFirstWeekAfterTheMonthStillDatesTheAnnouncement() {
    assertThat(ArxivDates.fromListing("2404.17633", day("2024-05-02")).dayKnown()).isTrue();
    assertThat(ArxivDates.fromListing("2404.17633", day("2024-05-09")).dayKnown()).isFalse();
  }

  @Test
  void anUpdateDateLongAfterTheIdsMonthFallsBackToTheMonthWithTheDayUnknown() {
    ArxivDates.Dated d = ArxivDates.fromListing("2404.17633", day("2025-07-15"));
    assertThat(d.instant()).isEqualTo(day("2024-04-01"));
    assertThat(d.dayKnown()).isFalse();
    assertThat(ArxivDates.fromListing("2404.17633", null).dayKnown()).isFalse();
    assertThat(ArxivDates.fromListing("2404.17633", day("2024-03-30")).dayKnown()).isFalse();
  }

  @Test
  void aDateWithAKnownDayBeatsAnEarlierMonthOnlyDateWhenMerging() {
    Paper listing =
        PaperBuilder.paper("2404.17633")
            .title("t")
            .published(ArxivDates.fromListing("2404.17633", day("2025-07-15")))
            .build();
    Paper hf =
        PaperBuilder.paper("2404.17633")
            .title("t")
            .publishedAt(Instant.parse("2024-04-26T17:59:00Z"))
            .build();
    for (Paper merged :
        new Paper[] {PaperMerger.merge(listing, hf), PaperMerger.merge(hf, listing)}) {
      assertThat(merged.publishedAt()).isEqualTo(Instant.parse("2024-04-26T17:59:00Z"));
      assertThat(merged.publishedDayUnknown()).isFalse();
    }
    Paper again = PaperMerger.merge(listing, listing);
    assertThat(again.publishedDayUnknown()).isTrue();
    assertThat(again.publishedAt()).isEqualTo(day("2024-04-01"));
  }
}
