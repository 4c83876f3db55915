package dev.quire.search.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real embedding workers ({@code quire embed} processes, the real model) on one PostgreSQL
 * database: each paper's vector is computed and stored once in the cluster, and a worker killed
 * mid-batch (SIGKILL) has its claims finished by the other after the lease.
 */
class SharedEmbeddingTest {
  static final int PAPERS = 160;
  static final String LEASE_SECONDS = "6";

  @TempDir Path dir;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void twoWorkersShareThePapersAndEmbedEachOnce() throws Exception {
    Config db = TestDb.POSTGRES.config(dir.resolve("seed"));
    seed(db);
    Process a = worker(db, "a", "--once");
    Process b = worker(db, "b", "--once");
    assertThat(a.waitFor(3, TimeUnit.MINUTES)).as("worker a finished").isTrue();
    assertThat(b.waitFor(1, TimeUnit.MINUTES)).as("worker b finished").isTrue();
    assertThat(a.exitValue()).as(log("a")).isZero();
    assertThat(b.exitValue()).as(log("b")).isZero();

    try (Quire q = Quire.open(db)) {
      EmbedQueue queue = new VectorRepository(q.database().jdbi()).queue();
      assertThat(new VectorRepository(q.database().jdbi()).count(OnnxEmbedder.MODEL))
          .as("papers with a vector")
          .isEqualTo(PAPERS);
      assertThat(queue.embeddedMoreThanOnce(OnnxEmbedder.MODEL)).as("stored twice").isEmpty();
      assertThat(queue.waiting(OnnxEmbedder.MODEL)).as("still waiting").isZero();
      Map<String, Integer> byWorker = queue.embeddedByWorker(OnnxEmbedder.MODEL);
      assertThat(byWorker).as("both workers took a share").hasSize(2);
      assertThat(byWorker.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PAPERS);
      System.out.println("papers embedded by worker: " + byWorker);
    }
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aWorkerKilledMidBatchHasItsClaimsFinishedByTheOtherAfterTheLease() throws Exception {
    Config db = TestDb.POSTGRES.config(dir.resolve("seed"));
    seed(db);
    Process a = worker(db, "a", "--worker");
    try (Quire q = Quire.open(db)) {
      EmbedQueue queue = new VectorRepository(q.database().jdbi()).queue();
      List<String> held = awaitMidBatch(q, queue, a);
      assertThat(held).as("A holds a batch mid-way").isNotEmpty();
      a.destroyForcibly();
      assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int storedByA = queue.embeddedByWorker(OnnxEmbedder.MODEL).values().iterator().next();

      Process b = worker(db, "b", "--once");
      assertThat(b.waitFor(3, TimeUnit.MINUTES)).as("worker b finished").isTrue();
      assertThat(b.exitValue()).as(log("b")).isZero();

      assertThat(new VectorRepository(q.database().jdbi()).count(OnnxEmbedder.MODEL))
          .as("papers with a vector")
          .isEqualTo(PAPERS);
      assertThat(queue.embeddedMoreThanOnce(OnnxEmbedder.MODEL)).as("stored twice").isEmpty();
      assertThat(queue.waiting(OnnxEmbedder.MODEL)).as("still waiting").isZero();
      assertThat(queue.embeddedByWorker(OnnxEmbedder.MODEL).values())
          .as("A's stored papers, then B's: the rest, A's lost batch included")
          .containsExactlyInAnyOrder(storedByA, PAPERS - storedByA);
      System.out.printf(
          "killed A after %d papers holding %d; B did the other %d%n",
          storedByA, held.size(), PAPERS - storedByA);
    }
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aWorkerStoppedWithSigtermWhileEmbeddingExitsCleanlyAndGivesItsClaimsBack() throws Exception {
    Config db = TestDb.POSTGRES.config(dir.resolve("seed"));
    seed(db);
    Process a = worker(db, "a", "--worker");
    try (Quire q = Quire.open(db)) {
      EmbedQueue queue = new VectorRepository(q.database().jdbi()).queue();
      awaitMidBatch(q, queue, a);
      assertThat(claimsOfOtherWorkers(q)).as("A is embedding").isNotEmpty();

      a.destroy(); // SIGTERM, as a service manager stops it
      assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();

      // a crash inside the model (ONNX Runtime's own exit hook freed it under a running
      // embedding) ended with 134 and an hs_err file instead
      assertThat(a.exitValue()).as(log("a")).isZero();
      assertThat(claimsOfOtherWorkers(q)).as("claims given back").isEmpty();
      assertThat(queue.waiting(OnnxEmbedder.MODEL)).as("the rest still waits").isPositive();
    }
  }

  /** Waits until worker {@code a} has stored something and holds a batch it has not stored yet. */
  private List<String> awaitMidBatch(Quire q, EmbedQueue queue, Process a) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    List<String> held = List.of();
    while (System.nanoTime() < deadline) {
      held = claimsOfOtherWorkers(q);
      if (!held.isEmpty() && !queue.embeddedByWorker(OnnxEmbedder.MODEL).isEmpty()) {
        break;
      }
      assertThat(a.isAlive()).as(log("a")).isTrue();
      Thread.sleep(50);
    }
    return held;
  }

  private static List<String> claimsOfOtherWorkers(Quire q) {
    return q.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT paper_id FROM embed_queue WHERE claimed_by IS NOT NULL")
                    .mapTo(String.class)
                    .list());
  }

  private void seed(Config db) {
    try (Quire q = Quire.open(db)) {
      List<Paper> papers = new ArrayList<>();
      for (int i = 0; i < PAPERS; i++) {
        papers.add(Fixtures.paper(String.format("2611.%05d", i), "Shared embedding paper " + i, 0));
      }
      q.paperStore().writeBatch(List.of(), papers, List.of());
    }
  }

  private Process worker(Config db, String name, String mode) throws Exception {
    Path data = Files.createDirectories(dir.resolve("worker-" + name));
    return ChildJvm.start(
        data.resolve("worker.log"),
        "embed",
        mode,
        "--data",
        data.toString(),
        "--sample",
        "false",
        "--jdbc.url",
        db.jdbcUrl(),
        "--db.user",
        db.dbUser(),
        "--db.password",
        db.dbPassword(),
        "--embed.batch",
        "8",
        "--embed.lease",
        LEASE_SECONDS,
        "--search.threads",
        "1");
  }

  private String log(String name) {
    try {
      return "worker "
          + name
          + ":\n"
          + Files.readString(dir.resolve("worker-" + name + "/worker.log"));
    } catch (java.io.IOException e) {
      return "(no log of " + name + ")";
    }
  }
}
