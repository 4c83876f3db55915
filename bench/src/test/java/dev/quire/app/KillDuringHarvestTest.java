package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quire.bench.HarvestBenchmark;
import dev.quire.fakes.SyntheticArxivPages;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code quire harvest} killed with SIGKILL mid-way resumes to exactly what an uninterrupted run
 * stores.
 */
@Tag("fault")
class KillDuringHarvestTest {
  static final int RECORDS = 12_000;
  static final int PAGE = 1_000;

  @TempDir Path killed;
  @TempDir Path clean;
  HttpServer oai;

  @BeforeEach
  void serveSyntheticPages() throws IOException {
    SyntheticArxivPages pages = new SyntheticArxivPages(RECORDS, PAGE);
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < pages.pages(); i++) {
      bodies.add(pages.page(i));
    }
    // slow enough that the kill lands between pages
    oai = HarvestBenchmark.serve(bodies, 150);
  }

  @AfterEach
  void stop() {
    oai.stop(0);
  }

  String[] harvest(Path data) {
    return new String[] {
      "harvest",
      "--set",
      "cs",
      "--data",
      data.toString(),
      "--delay",
      "0",
      "--url",
      "http://127.0.0.1:" + oai.getAddress().getPort() + "/oai"
    };
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aHarvestKilledWithSigkillEndsEqualToAnUninterruptedOneWhenRunAgain() throws Exception {
    Process child = ChildJvm.start(killed.resolve("child1.log"), harvest(killed));
    Config config = TestDb.SQLITE.config(killed);
    int seen = 0;
    while (child.isAlive() && seen < 3 * PAGE) {
      Thread.sleep(50);
      if (Files.exists(killed.resolve("quire.db"))) {
        try (Quire q = Quire.open(config)) {
          seen = q.papers().countPapers();
        } catch (RuntimeException stillMigrating) {
          // the child may hold the schema lock for a moment
        }
      }
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int survivors;
    try (Quire q = Quire.open(config)) {
      survivors = q.papers().countPapers();
    }
    assertThat(survivors).as("the kill came mid-harvest").isBetween(1, RECORDS - 1);

    Process resumed = ChildJvm.start(killed.resolve("child2.log"), harvest(killed));
    assertThat(resumed.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(resumed.exitValue()).as(Files.readString(killed.resolve("child2.log"))).isZero();
    Process reference = ChildJvm.start(clean.resolve("child.log"), harvest(clean));
    assertThat(reference.waitFor(3, TimeUnit.MINUTES)).isTrue();

    List<String> expected = contents(clean);
    assertThat(expected).hasSize(RECORDS);
    assertThat(contents(killed)).isEqualTo(expected);
  }

  private static List<String> contents(Path dataDir) {
    Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + dataDir.resolve("quire.db"));
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id || '|' || title || '|' || abstract || '|' || authors_json || '|'"
                        + " || COALESCE(categories, '') || '|' || versions_json || '|'"
                        + " || COALESCE(published_at, '') FROM papers ORDER BY id")
                .mapTo(String.class)
                .list());
  }
}
