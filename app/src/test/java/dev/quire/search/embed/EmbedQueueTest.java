package dev.quire.search.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Claims, leases and fencing of the embedding queue the nodes of one database share. */
class EmbedQueueTest {
  static final String MODEL = "test-model";
  static final long LEASE = 60_000;

  @TempDir Path dir;

  static List<Paper> seed(Quire q, int n) {
    List<Paper> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(Fixtures.paper(String.format("2611.%05d", i), "Paper number " + i, 0));
    }
    q.paperStore().writeBatch(List.of(), all, List.of());
    return all;
  }

  static EmbedQueue queue(Quire q) {
    return new VectorRepository(q.database().jdbi()).queue();
  }

  static Map<String, VectorRepository.Stored> vectorsFor(Quire q, List<String> ids) {
    Map<String, VectorRepository.Stored> out = new HashMap<>();
    for (Paper p : q.papers().findAll(ids).values()) {
      out.put(
          p.id(),
          new VectorRepository.Stored(
              TextHash.of(p.title(), p.abstractText()), new float[] {1, 0, 0}));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void workersClaimingAtTheSameTimeNeverGetTheSamePaperAndTogetherGetAll(TestDb db)
      throws Exception {
    try (Quire q = Quire.open(db.config(dir))) {
      seed(q, 300);
      EmbedQueue queue = queue(q);
      assertThat(queue.requestMissing(MODEL, 1)).isEqualTo(300);
      Set<String> claimed = ConcurrentHashMap.newKeySet();
      List<String> twice = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> runs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String worker = "worker-" + w;
        runs.add(
            pool.submit(
                () -> {
                  List<String> got;
                  while (!(got = queue.claim(MODEL, worker, 7, 1000, 1000 + LEASE)).isEmpty()) {
                    for (String id : got) {
                      if (!claimed.add(id)) {
                        synchronized (twice) {
                          twice.add(id);
                        }
                      }
                    }
                    queue.complete(MODEL, worker, vectorsFor(q, got), 1000);
                  }
                }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
      pool.shutdown();

      assertThat(twice).as("papers claimed by two workers").isEmpty();
      assertThat(claimed).hasSize(300);
      assertThat(queue.waiting(MODEL)).isZero();
      assertThat(queue.embeddedMoreThanOnce(MODEL)).isEmpty();
      assertThat(queue.embeddedByWorker(MODEL).values().stream().mapToInt(i -> i).sum())
          .isEqualTo(300);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aNodeAskingForMissingVectorsWhileAWorkerStoresThemNeverQueuesAStoredPaperAgain(TestDb db)
      throws Exception {
    try (Quire q = Quire.open(db.config(dir))) {
      seed(q, 400);
      EmbedQueue queue = queue(q);
      queue.requestMissing(MODEL, 1);
      java.util.concurrent.atomic.AtomicBoolean stored =
          new java.util.concurrent.atomic.AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<Integer> asker =
          pool.submit(
              () -> {
                int rounds = 0;
                while (!stored.get()) { // a node starting, or papers arriving, meanwhile
                  queue.requestMissing(MODEL, 2);
                  rounds++;
                }
                return rounds;
              });
      Future<?> worker =
          pool.submit(
              () -> {
                List<String> got;
                while (!(got = queue.claim(MODEL, "w", 8, 1000, 1000 + LEASE)).isEmpty()) {
                  queue.complete(MODEL, "w", vectorsFor(q, got), 1000);
                }
                stored.set(true);
                return null;
              });
      worker.get();
      int rounds = asker.get();
      pool.shutdown();

      assertThat(queue.waiting(MODEL))
          .as("papers asked for again although stored (%d asking rounds)", rounds)
          .isZero();
      assertThat(queue.embeddedMoreThanOnce(MODEL)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aDeadWorkersClaimsAreTakenOverAfterTheLeaseAndItsLateResultIsNotStored(TestDb db) {
    try (Quire q = Quire.open(db.config(dir))) {
      seed(q, 10);
      EmbedQueue queue = queue(q);
      queue.requestMissing(MODEL, 1);
      List<String> dead = queue.claim(MODEL, "dead", 10, 1_000, 1_000 + LEASE);
      assertThat(dead).hasSize(10);

      assertThat(queue.claim(MODEL, "alive", 10, 2_000, 2_000 + LEASE))
          .as("before the lease runs out")
          .isEmpty();
      List<String> takenOver =
          queue.claim(MODEL, "alive", 10, 1_000 + LEASE + 1, 1_000 + 2 * LEASE);
      assertThat(takenOver).containsExactlyInAnyOrderElementsOf(dead);

      assertThat(queue.complete(MODEL, "dead", vectorsFor(q, dead), 5_000))
          .as("the late worker no longer holds the claims")
          .isEmpty();
      assertThat(queue.complete(MODEL, "alive", vectorsFor(q, takenOver), 6_000)).hasSize(10);
      assertThat(queue.embeddedByWorker(MODEL)).isEqualTo(Map.of("alive", 10));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void releasedClaimsAreFreeAtOnceAndAFailingPaperIsGivenUpAfterItsAttempts(TestDb db) {
    try (Quire q = Quire.open(db.config(dir))) {
      seed(q, 3);
      EmbedQueue queue = queue(q);
      queue.requestMissing(MODEL, 1);
      assertThat(queue.claim(MODEL, "stopping", 3, 1_000, 1_000 + LEASE)).hasSize(3);
      assertThat(queue.release("stopping")).isEqualTo(3);
      List<String> again = queue.claim(MODEL, "other", 3, 1_001, 1_001 + LEASE);
      assertThat(again).hasSize(3);

      assertThat(queue.giveBack(MODEL, "other", again, 3)).isEmpty();
      queue.claim(MODEL, "other", 3, 1_002, 1_002 + LEASE);
      assertThat(queue.giveBack(MODEL, "other", again, 3)).isEmpty();
      queue.claim(MODEL, "other", 3, 1_003, 1_003 + LEASE);
      assertThat(queue.giveBack(MODEL, "other", again, 3))
          .as("third failure")
          .containsExactlyInAnyOrderElementsOf(again);
      assertThat(queue.waiting(MODEL)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aPaperIsAskedForOnlyWhenItsStoredVectorIsNotOfItsCurrentText(TestDb db) {
    try (Quire q = Quire.open(db.config(dir))) {
      List<Paper> papers = seed(q, 2);
      EmbedQueue queue = queue(q);
      queue.requestMissing(MODEL, 1);
      List<String> ids = queue.claim(MODEL, "w", 2, 1_000, 1_000 + LEASE);
      queue.complete(MODEL, "w", vectorsFor(q, ids), 1_000);

      // another node read the papers before the vectors were stored and asks for them late
      List<EmbedQueue.Request> late = new ArrayList<>();
      for (Paper p : papers) {
        late.add(new EmbedQueue.Request(p.id(), TextHash.of(p.title(), p.abstractText())));
      }
      queue.request(MODEL, late, 2_000);
      assertThat(queue.waiting(MODEL)).as("vectors of the same text are stored").isZero();

      queue.request(MODEL, List.of(new EmbedQueue.Request(papers.get(0).id(), "other-text")), 3);
      assertThat(queue.waiting(MODEL)).as("the text changed").isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aPaperWhoseTextChangedWhileClaimedIsEmbeddedAgain(TestDb db) {
    try (Quire q = Quire.open(db.config(dir))) {
      List<Paper> papers = seed(q, 1);
      EmbedQueue queue = queue(q);
      queue.requestMissing(MODEL, 1);
      List<String> ids = queue.claim(MODEL, "w", 1, 1_000, 1_000 + LEASE);
      Map<String, VectorRepository.Stored> computed = vectorsFor(q, ids);
      Paper edited = papers.get(0).toBuilder().title("A better title").build();
      q.paperStore().writeBatch(List.of(), List.of(edited), List.of());

      assertThat(queue.complete(MODEL, "w", computed, 2_000)).hasSize(1);
      assertThat(queue.waiting(MODEL)).isEqualTo(1);
      assertThat(queue.claim(MODEL, "w", 1, 3_000, 3_000 + LEASE)).containsExactly(edited.id());
    }
  }
}
