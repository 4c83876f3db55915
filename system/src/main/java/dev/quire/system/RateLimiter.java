package dev.quire.system;

import java.time.Clock;
import java.time.Duration;

/**
 * Fixed-window rate limits: at most {@code limit} events per key in each window of {@code window}.
 * Counted in memory (per process; a restart forgets the counts) or, from {@link
 * RateLimiters#shared}, in the database for all nodes together.
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

  /** Where a limiter keeps its counts: in this process or in the database. */
  interface Counts {
    Decision acquire(String key);

    Decision peek(String key);

    void release(String key);
  }

  private final Counts counts;

  /** A limiter counting in this process's memory. */
  public RateLimiter(int limit, Duration window, Clock clock) {
    this(new MemoryCounts(checked(limit), window, clock));
  }

  RateLimiter(Counts counts) {
    this.counts = counts;
  }

  static int checked(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a rate limit must allow at least 1 event, was " + limit);
    }
    return limit;
  }

  /** Counts one event for {@code key} if the limit allows it. */
  public Decision acquire(String key) {
    return counts.acquire(key);
  }

  /** Whether an event for {@code key} would be allowed, counting nothing. */
  public Decision peek(String key) {
    return counts.peek(key);
  }

  /** Gives back one event counted for {@code key} in the current window (a reservation undone). */
  public void release(String key) {
    counts.release(key);
  }
}
