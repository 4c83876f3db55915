package dev.quire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Config;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two schedulers on one database (as two nodes would have) run each due occurrence once, on SQLite
 * and PostgreSQL, with db-scheduler's table made by the migrations.
 */
class ClusterJobsTest {
  static final Duration POLL = Duration.ofSeconds(1);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aDailyJobDueOnTwoNodesRunsOnceAndTodaysMissedRunOnceAcrossThem(TestDb db) throws Exception {
    LocalTime now = LocalTime.now(ZoneOffset.UTC);
    Assumptions.assumeTrue(
        now.isAfter(LocalTime.of(0, 2)) && now.isBefore(LocalTime.of(23, 58)),
        "not across midnight (UTC)");
    Config config = db.config(dir);
    List<String> daily = new CopyOnWriteArrayList<>();
    List<String> catchUp = new CopyOnWriteArrayList<>();
    try (Database a = Database.open(config.database());
        Database b = Database.open(config.database());
        ClusterJobs jobsA = ClusterJobs.on(a, "node-a", POLL);
        ClusterJobs jobsB = ClusterJobs.on(b, "node-b", POLL)) {
      DailyTime soon =
          new DailyTime(
              LocalTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS),
              ZoneOffset.UTC);
      jobsA.daily("test-daily", soon, () -> daily.add("a"));
      jobsB.daily("test-daily", soon, () -> daily.add("b"));
      DailyTime passed =
          new DailyTime(
              LocalTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS),
              ZoneOffset.UTC);
      jobsA.daily("test-catch-up", passed, true, () -> catchUp.add("a"));
      jobsB.daily("test-catch-up", passed, true, () -> catchUp.add("b"));
      jobsA.start();
      jobsB.start();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while ((daily.isEmpty() || catchUp.isEmpty()) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      // give the other node several polls in which it could (wrongly) run it too
      Thread.sleep(POLL.multipliedBy(4).toMillis());

      assertThat(daily).as("runs of the daily job").hasSize(1);
      assertThat(catchUp).as("runs of today's missed occurrence").hasSize(1);
    }
  }
}
