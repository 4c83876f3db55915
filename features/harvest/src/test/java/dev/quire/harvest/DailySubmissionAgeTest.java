package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailySubmissionAgeTest {
  @Test
  void anOldPapersAgeReadsInMonthsOrYearsNotThousandsOfDays() {
    assertThat(DailySubmission.ago(1)).isEqualTo("1 day ago");
    assertThat(DailySubmission.ago(15)).isEqualTo("15 days ago");
    assertThat(DailySubmission.ago(150)).isEqualTo("about 5 months ago");
    assertThat(DailySubmission.ago(7180)).isEqualTo("about 20 years ago");
  }
}
