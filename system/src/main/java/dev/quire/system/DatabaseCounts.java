package dev.quire.system;

import dev.quire.system.RateLimiter.Decision;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * Rate-limit counts in the database, shared by every node: fixed windows aligned to the epoch, one
 * row per key, counted with one atomic upsert (capped at limit + 1, so a refused event is told from
 * the last allowed one).
 */
final class DatabaseCounts implements RateLimiter.Counts {
  private static final String ACQUIRE =
      """
      INSERT INTO rate_windows (bucket, window_start, used) VALUES (:bucket, :start, 1)
      ON CONFLICT (bucket) DO UPDATE SET
        used = CASE WHEN rate_windows.window_start <> excluded.window_start THEN 1
                    WHEN rate_windows.used > :limit THEN rate_windows.used
                    ELSE rate_windows.used + 1 END,
        window_start = excluded.window_start
      RETURNING used""";

  private final Jdbi jdbi;
  private final String name;
  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final AtomicInteger sinceSweep = new AtomicInteger();

  DatabaseCounts(Jdbi jdbi, String name, int limit, Duration window, Clock clock) {
    this.jdbi = jdbi;
    this.name = name;
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  @Override
  public Decision acquire(String key) {
    long now = clock.millis();
    long start = now - Math.floorMod(now, windowMillis);
    int used =
        jdbi.withHandle(
            h ->
                h.createQuery(ACQUIRE)
                    .bind("bucket", bucket(key))
                    .bind("start", start)
                    .bind("limit", limit)
                    .mapTo(Integer.class)
                    .one());
    if (sinceSweep.incrementAndGet() % 1_000 == 0) {
      sweep(now);
    }
    return decision(used <= limit, used, start, now);
  }

  @Override
  public Decision peek(String key) {
    long now = clock.millis();
    long start = now - Math.floorMod(now, windowMillis);
    int used =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT used FROM rate_windows WHERE bucket = :bucket AND window_start ="
                            + " :start")
                    .bind("bucket", bucket(key))
                    .bind("start", start)
                    .mapTo(Integer.class)
                    .findOne()
                    .orElse(0));
    return decision(used < limit, used, start, now);
  }

  @Override
  public void release(String key) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE rate_windows SET used = CASE WHEN used > :limit THEN :limit - 1"
                        + " ELSE used - 1 END WHERE bucket = :bucket AND used > 0")
                .bind("bucket", bucket(key))
                .bind("limit", limit)
                .execute());
  }

  private Decision decision(boolean allowed, int used, long start, long now) {
    long reset = Math.max(1, (start + windowMillis - now + 999) / 1000);
    return new Decision(allowed, limit, Math.max(0, limit - used), reset);
  }

  private String bucket(String key) {
    return name + " " + key;
  }

  private void sweep(long now) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM rate_windows WHERE window_start < :before")
                .bind("before", now - Math.max(windowMillis, Duration.ofDays(1).toMillis()))
                .execute());
  }
}
