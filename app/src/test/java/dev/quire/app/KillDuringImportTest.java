package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code quire ingest} killed with SIGKILL mid-way loses nothing and duplicates nothing when
 * re-run.
 */
@Tag("fault")
class KillDuringImportTest {
  @TempDir Path killed;
  @TempDir Path clean;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void anImportKilledWithSigkillEndsEqualToAnUninterruptedOneWhenRunAgain() throws Exception {
    Path file = SharedData.require("arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz");
    Process child =
        ChildJvm.start(
            killed.resolve("child.log"), "ingest", "--data", killed.toString(), file.toString());
    Config config = TestDb.SQLITE.config(killed);
    int seenBeforeKill = 0;
    while (child.isAlive() && seenBeforeKill < 20_000) {
      Thread.sleep(50);
      if (Files.exists(killed.resolve("quire.db"))) {
        try (Quire q = Quire.open(config)) {
          seenBeforeKill = q.papers().countPapers();
        } catch (RuntimeException stillMigrating) {
          // the child may hold the schema lock for a moment
        }
      }
    }
    child
        .destroyForcibly()
        .waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux: no shutdown hooks run
    assertThat(child.isAlive()).isFalse();

    try (Quire afterKill = Quire.open(config)) {
      int survivors = afterKill.papers().countPapers();
      assertThat(survivors).as("the kill came mid-import").isBetween(1, 82_476);
      ImportSummary resumed =
          afterKill.importer(ProgressListener.NONE).importPaths(List.of(file), null);
      assertThat(resumed.imported()).isEqualTo(82_477 - survivors);
      assertThat(resumed.unchanged()).isEqualTo(survivors);
    }
    try (Quire reference = TestDb.SQLITE.open(clean)) {
      reference.importer(ProgressListener.NONE).importPaths(List.of(file), null);
    }
    assertThat(contents(killed)).isEqualTo(contents(clean));
  }

  /** Every stored column that an import writes, in id order, as one string. */
  private static List<String> contents(Path dataDir) {
    Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + dataDir.resolve("quire.db"));
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id || '|' || title || '|' || abstract || '|' || authors_json"
                        + " || '|' || COALESCE(categories, '') || '|' || versions_json || '|' || COALESCE(published_at, '')"
                        + " FROM papers ORDER BY id")
                .mapTo(String.class)
                .list());
  }
}
