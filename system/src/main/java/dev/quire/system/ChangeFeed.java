package dev.quire.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other nodes on one database about changes their in-memory caches depend on: {@link
 * #publish} writes a row to {@code cluster_changes}; every {@link #POLL_MILLIS} ms each node reads
 * the rows other nodes wrote and hands each payload to the handlers {@link #subscribe}d to its
 * topic. On SQLite (one node) {@link #local()} does nothing at all. Knows no feature: topics and
 * payloads are the callers'.
 */
public final class ChangeFeed implements AutoCloseable {
  static final long POLL_MILLIS = 500;

  /** Rows are read again this long after their write time, for writes that commit late. */
  static final long OVERLAP_MILLIS = 5_000;

  static final long KEEP_MILLIS = 10 * 60_000;
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

  private final Jdbi jdbi;
  private final String node = java.util.UUID.randomUUID().toString();
  private final AtomicLong seq = new AtomicLong();
  private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
  private final Map<String, Long> seen = new ConcurrentHashMap<>();
  private final ScheduledExecutorService poller;
  private volatile long since;
  private long lastPrune;

  private ChangeFeed(Jdbi jdbi) {
    this.jdbi = jdbi;
    if (jdbi == null) {
      this.poller = null;
      return;
    }
    this.since = System.currentTimeMillis();
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "quire-change-feed");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(
        this::pollQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** A feed for one process alone: publishes nothing, hears nothing. */
  public static ChangeFeed local() {
    return new ChangeFeed(null);
  }

  /** A feed through the database's {@code cluster_changes} table, polled in the background. */
  public static ChangeFeed shared(Jdbi jdbi) {
    return new ChangeFeed(jdbi);
  }

  /** Shared on PostgreSQL (several nodes may use it), local on SQLite. */
  public static ChangeFeed forDatabase(Database database) {
    return database.isSqlite() ? local() : shared(database.jdbi());
  }

  /** Whether changes travel to other nodes at all. */
  public boolean shared() {
    return jdbi != null;
  }

  /** Tells the other nodes that {@code topic} changed; call after the change committed. */
  public void publish(String topic, String payload) {
    if (jdbi == null) {
      return;
    }
    try {
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "INSERT INTO cluster_changes (node, seq, at_ms, topic, payload)"
                          + " VALUES (:node, :seq, :at, :topic, :payload)")
                  .bind("node", node)
                  .bind("seq", seq.incrementAndGet())
                  .bind("at", System.currentTimeMillis())
                  .bind("topic", topic)
                  .bind("payload", payload)
                  .execute());
    } catch (RuntimeException e) {
      LOG.warn("could not tell other nodes about a change of {}: {}", topic, e.toString());
    }
  }

  /** Calls {@code handler} with the payload of each change of {@code topic} another node made. */
  public void subscribe(String topic, Consumer<String> handler) {
    handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.warn("reading other nodes' changes failed: {}", e.toString());
    }
  }

  /** Reads and delivers other nodes' changes written since the last poll (less the overlap). */
  void poll() {
    long now = System.currentTimeMillis();
    long from = since - OVERLAP_MILLIS;
    List<Map<String, Object>> rows =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT node, seq, at_ms, topic, payload FROM cluster_changes"
                            + " WHERE at_ms >= :from AND node <> :me ORDER BY at_ms")
                    .bind("from", from)
                    .bind("me", node)
                    .mapToMap()
                    .list());
    for (Map<String, Object> row : rows) {
      String key = row.get("node") + " " + row.get("seq");
      long at = ((Number) row.get("at_ms")).longValue();
      if (seen.putIfAbsent(key, at) != null) {
        continue;
      }
      for (Consumer<String> h : handlers.getOrDefault((String) row.get("topic"), List.of())) {
        try {
          h.accept((String) row.get("payload"));
        } catch (RuntimeException e) {
          LOG.warn("a handler of {} changes failed: {}", row.get("topic"), e.toString());
        }
      }
    }
    since = now;
    seen.values().removeIf(at -> at < from - OVERLAP_MILLIS);
    if (now - lastPrune > 60_000) {
      lastPrune = now;
      jdbi.useHandle(
          h ->
              h.createUpdate("DELETE FROM cluster_changes WHERE at_ms < :before")
                  .bind("before", now - KEEP_MILLIS)
                  .execute());
    }
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
  }
}
