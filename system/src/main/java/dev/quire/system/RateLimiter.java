package dev.quire.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window rate limits in memory: at most {@code limit} events per key in each window of {@code
 * window}. Per process; a restart forgets the counts.
 */
public final class RateLimiter {
  /**
   * The state of one key after a check.
   *
   * @param allowed whether the event may happen
   * @param limit events allowed per window
   * @param remaining events left in this window
   * @param resetSeconds seconds until the window starts over (at least 1)
   */
  public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

  private record Window(long start, int count) {}

  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("a rate limit must allow at least 1 event, was " + limit);
    }
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /** Counts one event for {@code key} if the limit allows it. */
  public Decision acquire(String key) {
    return decide(key, true);
  }

  /** Whether an event for {@code key} would be allowed, counting nothing. */
  public Decision peek(String key) {
    return decide(key, false);
  }

  /** Gives back one event counted for {@code key} in the current window (a reservation undone). */
  public void release(String key) {
    windows.computeIfPresent(
        key, (k, w) -> w.count() > 0 ? new Window(w.start(), w.count() - 1) : w);
  }

  private Decision decide(String key, boolean count) {
    long now = clock.millis();
    if (windows.size() > 100_000) {
      windows.values().removeIf(w -> now - w.start() >= windowMillis);
    }
    Window[] seen = new Window[1];
    boolean[] allowed = new boolean[1];
    windows.compute(
        key,
        (k, w) -> {
          Window cur = w == null || now - w.start() >= windowMillis ? new Window(now, 0) : w;
          allowed[0] = cur.count() < limit;
          Window next = allowed[0] && count ? new Window(cur.start(), cur.count() + 1) : cur;
          seen[0] = next;
          return next;
        });
    long reset = Math.max(1, (seen[0].start() + windowMillis - now + 999) / 1000);
    return new Decision(allowed[0], limit, Math.max(0, limit - seen[0].count()), reset);
  }
}
