package dev.quire.system;

import dev.quire.system.RateLimiter.Decision;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Rate-limit counts in this process: windows start at a key's first event. */
final class MemoryCounts implements RateLimiter.Counts {
  private record Window(long start, int count) {}

  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  MemoryCounts(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  @Override
  public Decision acquire(String key) {
    return decide(key, true);
  }

  @Override
  public Decision peek(String key) {
    return decide(key, false);
  }

  @Override
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
