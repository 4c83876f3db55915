package dev.quire.digest;

import dev.quire.digest.Subscription.Frequency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** All SQL of digest runs, the outbox and alerted papers. */
public final class OutboxRepository {
  private static final String RUN_COLUMNS =
      "digest_key, kind, period_from, period_to, paper_ids, created_at, last_run_at";

  private final Jdbi jdbi;

  public OutboxRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The run of {@code key}: created with these papers the first time, as first stored afterwards
   * (so a resumed or repeated run mails the same list).
   */
  public DigestRun createRun(
      String key, String kind, LocalDate from, LocalDate to, List<String> paperIds, Instant now) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO digest_runs ("
                      + RUN_COLUMNS
                      + ") VALUES (:key, :kind, :from, :to, :ids, :now, :now)"
                      + " ON CONFLICT (digest_key) DO UPDATE SET last_run_at = excluded.last_run_at")
              .bind("key", key)
              .bind("kind", kind)
              .bind("from", from.toString())
              .bind("to", to.toString())
              .bind("ids", String.join(" ", paperIds))
              .bind("now", now.toString())
              .execute();
          return h.createQuery("SELECT " + RUN_COLUMNS + " FROM digest_runs WHERE digest_key = :k")
              .bind("k", key)
              .map((rs, ctx) -> run(rs))
              .one();
        });
  }

  /** The run of this key, if any. */
  public Optional<DigestRun> run(String key) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + RUN_COLUMNS + " FROM digest_runs WHERE digest_key = :k")
                .bind("k", key)
                .map((rs, ctx) -> run(rs))
                .findOne());
  }

  /** The latest runs, newest first. */
  public List<DigestRun> latestRuns(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + RUN_COLUMNS
                        + " FROM digest_runs ORDER BY last_run_at DESC, digest_key DESC LIMIT :n")
                .bind("n", limit)
                .map((rs, ctx) -> run(rs))
                .list());
  }

  private static DigestRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
    String ids = rs.getString("paper_ids");
    return new DigestRun(
        rs.getString("digest_key"),
        rs.getString("kind"),
        LocalDate.parse(rs.getString("period_from")),
        LocalDate.parse(rs.getString("period_to")),
        ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(" ")),
        Instant.parse(rs.getString("created_at")),
        Instant.parse(rs.getString("last_run_at")));
  }

  /**
   * Queues the digest {@code key} for every active subscription of this frequency that wants
   * trending papers, in one statement; subscriptions already queued for it are left alone. Returns
   * how many rows were added.
   */
  public int enqueueDigest(String key, Frequency frequency, Instant now) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate(
                    "INSERT INTO digest_outbox (subscription_id, digest_key, status, attempts,"
                        + " next_attempt_at, created_at) SELECT s.id, :key, 'pending', 0, :now, :now"
                        + " FROM digest_subscriptions s WHERE s.status = 'active' AND s.frequency = :f"
                        + " AND s.top_n > 0 ON CONFLICT (subscription_id, digest_key) DO NOTHING")
                .bind("key", key)
                .bind("f", frequency.db())
                .bind("now", now.toString())
                .execute());
  }

  /**
   * Queues one alert message in one transaction with its bookkeeping: the papers are recorded as
   * alerted for their topics and the topics' watermarks move to {@code now}. Does nothing (and
   * returns false) when the subscription already has a message for {@code key}.
   */
  public boolean enqueueAlert(
      String subscriptionId,
      String key,
      String payload,
      Map<String, List<String>> papersByTopicId,
      Instant now) {
    return jdbi.inTransaction(
        h -> {
          int n =
              h.createUpdate(
                      "INSERT INTO digest_outbox (subscription_id, digest_key, payload, status,"
                          + " attempts, next_attempt_at, created_at) VALUES (:s, :key, :payload,"
                          + " 'pending', 0, :now, :now) ON CONFLICT (subscription_id, digest_key) DO NOTHING")
                  .bind("s", subscriptionId)
                  .bind("key", key)
                  .bind("payload", payload)
                  .bind("now", now.toString())
                  .execute();
          if (n == 0) {
            return false;
          }
          PreparedBatch alerted =
              h.prepareBatch(
                  "INSERT INTO digest_alerted (topic_id, paper_id, digest_key) VALUES (:t, :p, :key)"
                      + " ON CONFLICT (topic_id, paper_id) DO NOTHING");
          for (var e : papersByTopicId.entrySet()) {
            for (String p : e.getValue()) {
              alerted.bind("t", e.getKey()).bind("p", p).bind("key", key).add();
            }
          }
          alerted.execute();
          advanceWatermarks(h, papersByTopicId.keySet(), now);
          return true;
        });
  }

  /** Moves the watermarks of topics that had nothing new. */
  public void advanceWatermarks(Collection<String> topicIds, Instant now) {
    if (!topicIds.isEmpty()) {
      jdbi.useHandle(h -> advanceWatermarks(h, topicIds, now));
    }
  }

  private static void advanceWatermarks(
      org.jdbi.v3.core.Handle h, Collection<String> topicIds, Instant now) {
    h.createUpdate(
            "UPDATE digest_topics SET watermark = :now WHERE id IN (<ids>) AND watermark < :now")
        .bindList("ids", List.copyOf(topicIds))
        .bind("now", now.toString())
        .execute();
  }

  /** The papers already alerted for each of these topics. */
  public Map<String, Set<String>> alerted(Collection<String> topicIds) {
    Map<String, Set<String>> out = new HashMap<>();
    if (topicIds.isEmpty()) {
      return out;
    }
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT topic_id, paper_id FROM digest_alerted WHERE topic_id IN (<ids>)")
                .bindList("ids", List.copyOf(topicIds))
                .map((rs, ctx) -> Map.entry(rs.getString("topic_id"), rs.getString("paper_id")))
                .forEach(
                    e -> out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue())));
    return out;
  }

  /**
   * Messages due for sending at {@code now}, oldest first: pending ones whose next attempt is due,
   * and ones whose sending started before {@code staleBefore} and never finished (a crash).
   */
  public List<OutboxMessage> due(Instant now, Instant staleBefore, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT o.subscription_id, o.digest_key, o.payload, o.attempts, s.email,"
                        + " s.status AS s_status, s.top_n, s.bounces, s.user_id, s.for_you"
                        + " FROM digest_outbox o"
                        + " JOIN digest_subscriptions s ON s.id = o.subscription_id"
                        + " WHERE (o.status = 'pending' AND o.next_attempt_at <= :now)"
                        + " OR (o.status = 'sending' AND o.claimed_at < :stale)"
                        + " ORDER BY o.created_at, o.digest_key, o.subscription_id LIMIT :n")
                .bind("now", now.toString())
                .bind("stale", staleBefore.toString())
                .bind("n", limit)
                .map(
                    (rs, ctx) ->
                        new OutboxMessage(
                            rs.getString("subscription_id"),
                            rs.getString("digest_key"),
                            rs.getString("payload"),
                            rs.getInt("attempts"),
                            rs.getString("email"),
                            Subscription.Status.of(rs.getString("s_status")),
                            rs.getInt("top_n"),
                            rs.getInt("bounces"),
                            rs.getString("user_id"),
                            rs.getInt("for_you") == 1))
                .list());
  }

  /**
   * Marks a due message as being sent by this process; false when another process (or an earlier
   * pass) got it first.
   */
  public boolean claim(OutboxMessage m, Instant now, Instant staleBefore) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE digest_outbox SET status = 'sending', claimed_at = :now,"
                            + " attempts = attempts + 1 WHERE subscription_id = :s AND digest_key = :k"
                            + " AND ((status = 'pending' AND next_attempt_at <= :now)"
                            + " OR (status = 'sending' AND claimed_at < :stale))")
                    .bind("s", m.subscriptionId())
                    .bind("k", m.digestKey())
                    .bind("now", now.toString())
                    .bind("stale", staleBefore.toString())
                    .execute())
        == 1;
  }

  /** Marks a claimed message sent. */
  public void markSent(OutboxMessage m, Instant now) {
    finish(m, "sent", now, null, now);
  }

  /** Puts a message back for another attempt at {@code next}. */
  public void markRetry(OutboxMessage m, Instant next, String error) {
    finish(m, "pending", null, error, next);
  }

  /** Gives up on a message. */
  public void markFailed(OutboxMessage m, String error, Instant now) {
    finish(m, "failed", null, error, now);
  }

  /** Drops a message whose subscription ended before it went out. */
  public void markSkipped(OutboxMessage m, String why, Instant now) {
    finish(m, "skipped", null, why, now);
  }

  private void finish(OutboxMessage m, String status, Instant sentAt, String error, Instant next) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE digest_outbox SET status = :st, sent_at = :sent, last_error = :e,"
                        + " next_attempt_at = :next, claimed_at = NULL"
                        + " WHERE subscription_id = :s AND digest_key = :k")
                .bind("st", status)
                .bind("sent", sentAt == null ? null : sentAt.toString())
                .bind(
                    "e",
                    error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .bind("next", next.toString())
                .bind("s", m.subscriptionId())
                .bind("k", m.digestKey())
                .execute());
  }

  /** Number of messages of a digest by status (pending, sending, sent, failed, skipped). */
  public Map<String, Integer> countByStatus(String key) {
    Map<String, Integer> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT status, COUNT(*) AS n FROM digest_outbox WHERE digest_key = :k GROUP BY status")
                .bind("k", key)
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Number of messages in every digest by status. */
  public Map<String, Integer> countAllByStatus() {
    Map<String, Integer> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT status, COUNT(*) AS n FROM digest_outbox GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }
}
