package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestJobTest {
  @TempDir Path dir;
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime(Instant.parse("2026-11-21T10:00:00Z"));

  @AfterEach
  void stop() {
    server.close();
  }

  Quire open(String dailyAt, String sets) {
    Config c =
        Config.load(
            Map.of(
                "data",
                dir.toString(),
                "sample",
                "false",
                "harvest.daily.at",
                dailyAt,
                "harvest.sets",
                sets,
                "harvest.url",
                server.oaiUrl().toString()),
            Map.of());
    return Quire.open(c, time, time);
  }

  @Test
  void theJobIsOffUnlessADailyTimeIsConfigured() {
    try (Quire q = open("", "cs")) {
      assertThat(q.harvesting().job()).isNull();
    }
  }

  @Test
  void theNextRunIsTheConfiguredUtcTimeTodayOrElseTomorrow() {
    try (Quire q = open("03:30", "cs")) {
      HarvestJob job = q.harvesting().job();

      assertThat(job.nextRun()).isEqualTo(Instant.parse("2026-11-22T03:30:00Z"));
      assertThat(job.nextRunAfter(Instant.parse("2026-11-21T03:29:59Z")))
          .isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
      assertThat(job.nextRunAfter(Instant.parse("2026-11-21T03:30:00Z")))
          .isEqualTo(Instant.parse("2026-11-22T03:30:00Z"));
    }
  }

  @Test
  void aRunHarvestsEveryConfiguredSetAndAFailingSetDoesNotStopTheOthers() {
    server.answering(
        q ->
            "math".equals(q.get("set"))
                ? HarvestFixtures.oaiError("badArgument", "unknown set")
                : HarvestFixtures.page(
                    "2026-11-21T10:00:00Z",
                    null,
                    HarvestFixtures.arxivRecord(
                        "2611.0000" + (q.get("set").equals("cs") ? "1" : "2"),
                        "Paper",
                        "2026-11-20",
                        null)));
    try (Quire q = open("03:30", "cs, math ,physics:hep-th")) {
      q.harvesting().job().runOnce();

      assertThat(server.oaiQueries())
          .extracting(m -> m.get("set"))
          .containsExactly("cs", "math", "physics:hep-th");
      assertThat(q.papers().countPapers()).isEqualTo(2);
      List<HarvestState> status = q.harvesting().status();
      assertThat(status)
          .extracting(HarvestState::setLabel)
          .containsExactly("cs", "math", "physics:hep-th");
      assertThat(status.get(1).lastError()).contains("badArgument");
      assertThat(status.get(2).lastError()).isNull();
    }
  }

  @Test
  void runningTheJobAgainTheSameDayAsksOnlyForWhatIsNew() {
    server.answering(
        q ->
            q.containsKey("from")
                ? HarvestFixtures.oaiError("noRecordsMatch", "empty")
                : HarvestFixtures.page(
                    "2026-11-21T10:00:00Z",
                    null,
                    HarvestFixtures.arxivRecord("2611.00001", "P", "2026-11-20", null)));
    try (Quire q = open("03:30", "cs")) {
      q.harvesting().job().runOnce();
      q.harvesting().job().runOnce();

      assertThat(server.oaiQueries().get(1)).containsEntry("from", "2026-11-21");
      assertThat(q.harvesting().status().get(0).recordsHarvested()).isEqualTo(1);
    }
  }
}
