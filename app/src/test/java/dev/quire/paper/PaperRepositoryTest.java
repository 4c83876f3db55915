package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaperRepositoryTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aStoredPaperReadsBackWithEveryField(TestDb db) {
    try (Quire q = db.open(dir)) {
      Organization org = new Organization("google", "Google", "https://example.org/g.png", "5e6a");
      Paper paper = Fixtures.paper("2608.19880", "EnvHarness", 163);
      Fixtures.feature(q.paperStore(), paper, LocalDate.parse("2026-08-21"), org);

      Paper back = q.papers().find("2608.19880").orElseThrow();
      assertThat(back).isEqualTo(paper.toBuilder().organization("google").build());
      assertThat(q.papers().findOrganization("google")).contains(org);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aDayListsItsFeaturedPapersMostUpvotedFirstAndNavigatesToNeighbourDays(TestDb db) {
    try (Quire q = db.open(dir)) {
      LocalDate d1 = LocalDate.parse("2026-08-19");
      LocalDate d2 = LocalDate.parse("2026-08-21");
      Fixtures.feature(q.paperStore(), Fixtures.paper("2608.00001", "Low", 3), d2, null);
      Fixtures.feature(q.paperStore(), Fixtures.paper("2608.00002", "High", 30), d2, null);
      Fixtures.feature(q.paperStore(), Fixtures.paper("2608.00003", "Earlier", 99), d1, null);

      List<FeaturedPaper> day =
          q.papers().featured(Period.day(d2).query(DailyQuery.Sort.UPVOTES, 0, 50));
      assertThat(day).extracting(f -> f.paper().title()).containsExactly("High", "Low");
      assertThat(q.papers().latestFeaturedDay()).contains(d2);
      assertThat(q.papers().featuredDayBefore(d2)).contains(d1);
      assertThat(q.papers().featuredDayAfter(d1)).contains(d2);
      assertThat(q.papers().featuredDayAfter(d2)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void writingTheSameBatchTwiceKeepsOneRowEach(TestDb db) {
    try (Quire q = db.open(dir)) {
      Paper p = Fixtures.paper("hep-th/9901001", "Old style", 1);
      Fixtures.feature(q.paperStore(), p, LocalDate.parse("2026-08-20"), null);
      Fixtures.feature(q.paperStore(), p, LocalDate.parse("2026-08-20"), null);
      assertThat(q.papers().countPapers()).isEqualTo(1);
      assertThat(q.papers().countEntries()).isEqualTo(1);
      assertThat(q.papers().find("hep-th/9901001")).isPresent();
    }
  }
}
