package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
  @TempDir Path dir;

  @Test
  void anEmptyDatabaseGetsTheBuiltInSampleOnceAndItsNewestDayIsShown() {
    Config config = Config.load(Map.of("data", dir.toString()), Map.of());
    try (Quire q = Quire.open(config)) {
      assertThat(SampleData.loadIfEmpty(q)).isTrue();
      int papers = q.papers().countPapers();
      assertThat(papers).isGreaterThan(1000);
      assertThat(q.papers().latestFeaturedDay()).contains(LocalDate.parse("2026-08-21"));
      assertThat(q.papers().featuredDayBefore(LocalDate.parse("2026-06-01"))).isPresent();

      assertThat(SampleData.loadIfEmpty(q)).isFalse();
      assertThat(q.papers().countPapers()).isEqualTo(papers);
    }
  }

  @Test
  void theSampleCanBeSwitchedOff() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      assertThat(SampleData.loadIfEmpty(q)).isFalse();
      assertThat(q.papers().countPapers()).isZero();
    }
  }
}
