package dev.quire.harvest;

import java.time.Duration;

/**
 * Waits; the real one sleeps the thread, tests record the waits and advance a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that really sleeps. */
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
