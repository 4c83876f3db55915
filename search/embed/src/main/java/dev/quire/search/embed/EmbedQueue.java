package dev.quire.search.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * All SQL of embedding shared by the nodes of one database (tables {@code embed_queue}, {@code
 * embed_log}): papers wait for a vector in the queue; a worker claims a batch with a lease (on
 * PostgreSQL {@code FOR UPDATE SKIP LOCKED}, so workers never wait for each other; on SQLite the
 * one writer at a time does the same), and stores the vectors of the papers it still holds in the
 * transaction that deletes their rows. A claim whose lease ran out (a dead worker's) is free again.
 *
 * <p>"Ask for papers without a current vector" must not overlap with a worker storing vectors: on
 * PostgreSQL an {@code INSERT ... WHERE NOT EXISTS (vector)} that started before the store
 * committed waits for the queue row the store deletes, then inserts it again, and the paper is
 * embedded twice. So askers take a transaction-scoped advisory lock exclusively and storers take it
 * shared (storers never wait for each other). SQLite's one writer at a time does the same.
 */
public final class EmbedQueue {
  /** A paper and the hash of its text as the asker saw it. */
  public record Request(String paperId, String textHash) {}

  private final Jdbi jdbi;
  private final VectorRepository vectors;
  private final boolean postgres;

  /** Key of the advisory lock between asking for vectors and storing them (PostgreSQL). */
  static final long ASK_OR_STORE_LOCK = 0x71756972_65516575L;

  EmbedQueue(Jdbi jdbi, VectorRepository vectors) {
    this.jdbi = jdbi;
    this.vectors = vectors;
    try {
      this.postgres =
          jdbi.withHandle(
              h -> h.getConnection().getMetaData().getDatabaseProductName().contains("PostgreSQL"));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }

  /**
   * Asks for vectors of these papers, except those whose stored vector was computed from the text
   * the asker saw ({@code textHash}; null: any stored vector will do) and those already waiting.
   */
  public void request(String model, Collection<Request> papers, long nowMs) {
    if (papers.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          lockForAsking(h);
          PreparedBatch b =
              h.prepareBatch(
                  "INSERT INTO embed_queue (paper_id, model, requested_ms)"
                      + " SELECT :id, :m, :now WHERE NOT EXISTS (SELECT 1 FROM paper_vectors v"
                      + " WHERE v.paper_id = :id AND v.model = :m"
                      + " AND (CAST(:hash AS TEXT) IS NULL OR v.text_hash = :hash))"
                      + " ON CONFLICT (paper_id, model) DO NOTHING");
          for (Request r : papers) {
            b.bind("id", r.paperId())
                .bind("m", model)
                .bind("now", nowMs)
                .bind("hash", r.textHash())
                .add();
          }
          b.execute();
        });
  }

  /** Asks again for these papers even when they have a current vector (benchmarks). */
  public void requestAgain(String model, Collection<String> ids, long nowMs) {
    jdbi.useTransaction(h -> askFor(h, model, ids, nowMs));
  }

  /** Puts these papers in the queue unless they wait there already. */
  private static void askFor(Handle h, String model, Collection<String> ids, long nowMs) {
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO embed_queue (paper_id, model, requested_ms) VALUES (:id, :m, :now)"
                + " ON CONFLICT (paper_id, model) DO NOTHING");
    for (String id : ids) {
      b.bind("id", id).bind("m", model).bind("now", nowMs).add();
    }
    b.execute();
  }

  /** Asks for a vector of every paper without one of this model; returns how many were added. */
  public int requestMissing(String model, long nowMs) {
    return jdbi.inTransaction(
        h -> {
          lockForAsking(h);
          return h.createUpdate(
                  "INSERT INTO embed_queue (paper_id, model, requested_ms)"
                      + " SELECT p.id, :m, :now FROM papers p WHERE NOT EXISTS"
                      + " (SELECT 1 FROM paper_vectors v WHERE v.paper_id = p.id AND v.model = :m)"
                      + " ON CONFLICT (paper_id, model) DO NOTHING")
              .bind("m", model)
              .bind("now", nowMs)
              .execute();
        });
  }

  /** Waits for vectors being stored to commit, so the next statement sees them (PostgreSQL). */
  private void lockForAsking(Handle h) {
    advisoryLock(h, "pg_advisory_xact_lock");
  }

  /** Keeps askers out until this store commits; other stores go on (PostgreSQL). */
  private void lockForStoring(Handle h) {
    advisoryLock(h, "pg_advisory_xact_lock_shared");
  }

  private void advisoryLock(Handle h, String function) {
    if (postgres) {
      h.createQuery("SELECT 1 FROM (SELECT " + function + "(:k)) AS locked")
          .bind("k", ASK_OR_STORE_LOCK)
          .mapTo(Integer.class)
          .one();
    }
  }

  /**
   * Claims up to {@code limit} waiting papers for {@code worker} until {@code leaseUntilMs}: papers
   * nobody holds, and papers whose holder's lease ran out before {@code nowMs}. Oldest requests
   * first; returns their ids.
   */
  public List<String> claim(String model, String worker, int limit, long nowMs, long leaseUntilMs) {
    String pick =
        "SELECT paper_id FROM embed_queue WHERE model = :m"
            + " AND (claimed_by IS NULL OR lease_until < :now)"
            + " ORDER BY requested_ms, paper_id LIMIT :n"
            + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
    return jdbi.inTransaction(
        h ->
            h.createQuery(
                    "UPDATE embed_queue SET claimed_by = :w, lease_until = :until,"
                        + " attempts = attempts + 1 WHERE model = :m AND paper_id IN ("
                        + pick
                        + ") RETURNING paper_id")
                .bind("m", model)
                .bind("w", worker)
                .bind("now", nowMs)
                .bind("until", leaseUntilMs)
                .bind("n", limit)
                .mapTo(String.class)
                .list());
  }

  /**
   * Stores the vectors {@code worker} computed for papers it still holds (a claim taken over by
   * another worker after its lease is not stored: that worker stores its own), deletes their rows
   * and logs who embedded them, in one transaction. A paper whose text changed since it was read
   * ({@code computed} hashes differ from the current text) is stored but asked for again. Returns
   * the ids stored.
   */
  public List<String> complete(
      String model, String worker, Map<String, VectorRepository.Stored> computed, long nowMs) {
    if (computed.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(
        h -> {
          lockForStoring(h);
          List<String> held =
              h.createQuery(
                      "DELETE FROM embed_queue WHERE model = :m AND claimed_by = :w"
                          + " AND paper_id IN (<ids>) RETURNING paper_id")
                  .bind("m", model)
                  .bind("w", worker)
                  .bindList("ids", List.copyOf(computed.keySet()))
                  .mapTo(String.class)
                  .list();
          if (held.isEmpty()) {
            return held;
          }
          Map<String, VectorRepository.Stored> kept = new LinkedHashMap<>();
          held.forEach(id -> kept.put(id, computed.get(id)));
          vectors.put(h, model, kept);
          askAgainWhenChanged(h, model, kept, nowMs);
          PreparedBatch log =
              h.prepareBatch(
                  "INSERT INTO embed_log (paper_id, model, worker, embedded_ms)"
                      + " VALUES (:id, :m, :w, :now)");
          for (String id : held) {
            log.bind("id", id).bind("m", model).bind("w", worker).bind("now", nowMs).add();
          }
          log.execute();
          return held;
        });
  }

  private void askAgainWhenChanged(
      Handle h, String model, Map<String, VectorRepository.Stored> kept, long nowMs) {
    List<String> changed = new ArrayList<>();
    h.createQuery("SELECT id, title, abstract FROM papers WHERE id IN (<ids>)")
        .bindList("ids", List.copyOf(kept.keySet()))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("id"),
                    TextHash.of(rs.getString("title"), rs.getString("abstract"))))
        .forEach(
            e -> {
              if (!e.getValue().equals(kept.get(e.getKey()).textHash())) {
                changed.add(e.getKey());
              }
            });
    if (!changed.isEmpty()) {
      askFor(h, model, changed, nowMs);
    }
  }

  /**
   * Gives these claims of {@code worker} back (embedding failed): they wait again; a paper that
   * failed {@code maxAttempts} times is taken off the queue. Returns the ids taken off.
   */
  public List<String> giveBack(
      String model, String worker, Collection<String> ids, int maxAttempts) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(
        h -> {
          List<String> dropped =
              h.createQuery(
                      "DELETE FROM embed_queue WHERE model = :m AND claimed_by = :w"
                          + " AND paper_id IN (<ids>) AND attempts >= :max RETURNING paper_id")
                  .bind("m", model)
                  .bind("w", worker)
                  .bind("max", maxAttempts)
                  .bindList("ids", List.copyOf(ids))
                  .mapTo(String.class)
                  .list();
          h.createUpdate(
                  "UPDATE embed_queue SET claimed_by = NULL, lease_until = NULL"
                      + " WHERE model = :m AND claimed_by = :w AND paper_id IN (<ids>)")
              .bind("m", model)
              .bind("w", worker)
              .bindList("ids", List.copyOf(ids))
              .execute();
          return dropped;
        });
  }

  /**
   * Releases every claim of {@code worker} (it stops; not counted as an attempt): other workers
   * take them at once.
   */
  public int release(String worker) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE embed_queue SET claimed_by = NULL, lease_until = NULL,"
                        + " attempts = attempts - 1 WHERE claimed_by = :w")
                .bind("w", worker)
                .execute());
  }

  /**
   * On SQLite, where every worker runs on this machine: releases the claims of workers whose
   * process has ended (killed mid-batch), so a restarted process need not wait for their lease.
   * Worker names end in {@code -PID-NONCE}. Does nothing on PostgreSQL (workers on other machines
   * are judged by their lease alone). Returns the number of claims released.
   */
  public int releaseDeadLocalWorkers() {
    if (postgres) {
      return 0;
    }
    List<String> workers =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT DISTINCT claimed_by FROM embed_queue WHERE claimed_by IS NOT NULL")
                    .mapTo(String.class)
                    .list());
    int released = 0;
    for (String w : workers) {
      String[] parts = w.split("-");
      try {
        long pid = Long.parseLong(parts[parts.length - 2]);
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
      } catch (RuntimeException notOurName) {
        continue;
      }
      released += release(w);
    }
    return released;
  }

  /** Papers waiting for a vector of this model, claimed or not. */
  public int waiting(String model) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM embed_queue WHERE model = :m")
                .bind("m", model)
                .mapTo(Integer.class)
                .one());
  }

  /** How many vectors of this model each worker stored, by worker (the log). */
  public Map<String, Integer> embeddedByWorker(String model) {
    Map<String, Integer> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT worker, COUNT(*) AS n FROM embed_log WHERE model = :m GROUP BY worker")
                .bind("m", model)
                .map((rs, ctx) -> Map.entry(rs.getString("worker"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Papers whose vector of this model was stored more than once (the log), with the count. */
  public Map<String, Integer> embeddedMoreThanOnce(String model) {
    Map<String, Integer> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT paper_id, COUNT(*) AS n FROM embed_log WHERE model = :m"
                        + " GROUP BY paper_id HAVING COUNT(*) > 1")
                .bind("m", model)
                .map((rs, ctx) -> Map.entry(rs.getString("paper_id"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }
}
