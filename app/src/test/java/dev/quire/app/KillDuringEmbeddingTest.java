package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.ProgressListener;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quire reindex} killed with SIGKILL while embedding: run again, every paper ends with one
 * vector and the index holds every paper once.
 */
@Tag("fault")
class KillDuringEmbeddingTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void anEmbeddingRunKilledMidwayFinishesWhenRunAgainWithOneVectorPerPaper() throws Exception {
    List<Path> days =
        List.of(
            SharedData.require("hf-daily-papers/2026-08-18.json"),
            SharedData.require("hf-daily-papers/2026-08-19.json"),
            SharedData.require("hf-daily-papers/2026-08-20.json"),
            SharedData.require("hf-daily-papers/2026-08-21.json"));
    int papers;
    try (Quire q =
        Quire.open(Config.load(Map.of("data", dir.toString(), "sample", "false"), Map.of()))) {
      q.importer(ProgressListener.NONE).importPaths(days, null);
      papers = q.papers().countPapers();
    }
    Jdbi db = Jdbi.create("jdbc:sqlite:" + dir.resolve("quire.db"));
    String[] reindex = {"reindex", "--data", dir.toString()};

    Process first = ChildJvm.start(dir.resolve("first.log"), reindex);
    int vectors = 0;
    while (first.isAlive() && vectors < 10) {
      Thread.sleep(100);
      vectors = count(db, "SELECT COUNT(*) FROM paper_vectors");
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int beforeKill = count(db, "SELECT COUNT(*) FROM paper_vectors");
    assertThat(beforeKill).as("the kill came mid-embedding").isBetween(1, papers - 1);

    Process second = ChildJvm.start(dir.resolve("second.log"), reindex);
    assertThat(second.waitFor(6, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("second.log"));
    assertThat(second.exitValue()).as(log).isZero();

    assertThat(count(db, "SELECT COUNT(*) FROM paper_vectors")).isEqualTo(papers);
    assertThat(count(db, "SELECT COUNT(DISTINCT paper_id) FROM paper_vectors")).isEqualTo(papers);
    assertThat(log).contains(String.format("%,d of %,d papers indexed", papers, papers));
  }

  private static int count(Jdbi db, String sql) {
    try {
      return db.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    } catch (RuntimeException tableNotYetThere) {
      return 0;
    }
  }
}
