package dev.quire.paper;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces every committed change to papers (imports, harvests, submissions, votes, comments,
 * erased accounts) to whoever listens, once, after the commit; a rolled-back change is never
 * announced. Only {@link PaperStore} announces, so no writer has to remember to.
 */
public final class PaperChanges {
  private static final Logger LOG = LoggerFactory.getLogger(PaperChanges.class);

  private final AtomicLong count = new AtomicLong();
  private final List<Consumer<PaperChange>> listeners = new CopyOnWriteArrayList<>();

  PaperChanges() {}

  /** Calls {@code listener} with each change committed from now on, on the committing thread. */
  public void listen(Consumer<PaperChange> listener) {
    listeners.add(listener);
  }

  /**
   * How many changes have been announced so far: caches remember it with an answer and treat the
   * answer as stale once it moved.
   */
  public long count() {
    return count.get();
  }

  /**
   * Announces a change another node committed to the same database (from the cluster's change
   * feed), so this process's caches drop what it touched.
   */
  public void relay(PaperChange change) {
    announce(change);
  }

  void announce(PaperChange change) {
    count.incrementAndGet();
    for (Consumer<PaperChange> l : listeners) {
      try {
        l.accept(change);
      } catch (RuntimeException e) {
        LOG.warn("a listener of paper changes failed: {}", e.toString());
      }
    }
  }
}
