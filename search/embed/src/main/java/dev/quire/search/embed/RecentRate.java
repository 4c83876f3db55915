package dev.quire.search.embed;

import java.util.ArrayDeque;

/**
 * A rate over the last stretch of work (a minute by default): the ETA of a long job then follows
 * the current speed, not the slow start (model warm-up, an import still running beside it) averaged
 * in since the beginning. Samples are (time, running total); the first is taken after the first
 * batch, so warm-up never counts.
 */
final class RecentRate {
  private final long windowNanos;
  private final ArrayDeque<long[]> samples = new ArrayDeque<>();

  RecentRate(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  /** Notes that {@code total} items were done by {@code nanos}. */
  synchronized void record(long nanos, long total) {
    samples.addLast(new long[] {nanos, total});
    while (samples.size() > 2 && nanos - samples.peekFirst()[0] > windowNanos) {
      samples.removeFirst();
    }
  }

  /** Forgets every sample (the work stopped and starts again). */
  synchronized void reset() {
    samples.clear();
  }

  /** Items per second between the oldest and newest sample in the window; 0 when unknown. */
  synchronized double perSecond() {
    if (samples.size() < 2) {
      return 0;
    }
    long[] first = samples.peekFirst();
    long[] last = samples.peekLast();
    double seconds = (last[0] - first[0]) / 1e9;
    return seconds <= 0 ? 0 : (last[1] - first[1]) / seconds;
  }
}
