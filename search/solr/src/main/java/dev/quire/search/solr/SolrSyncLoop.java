package dev.quire.search.solr;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread of one Quire node with {@code search.engine=solr}: catches up on start
 * (papers written while this node was down), then follows writes of this node at once and of other
 * nodes within {@link #POLL_MILLIS}. While SolrCloud is unreachable it keeps trying; the backlog
 * goes out when Solr is back.
 */
public final class SolrSyncLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SolrSyncLoop.class);
  static final long TICK_MILLIS = 250;
  static final long POLL_MILLIS = 2_000;

  private final SolrSync sync;
  private final LongSupplier committedBatches;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile String problem;

  /**
   * @param committedBatches a counter that moves when this process commits papers (the sync then
   *     runs at once)
   */
  public SolrSyncLoop(SolrSync sync, LongSupplier committedBatches) {
    this.sync = sync;
    this.committedBatches = committedBatches;
    this.thread = new Thread(this::run, "quire-solr-sync");
    this.thread.setDaemon(true);
  }

  public void start() {
    if (!thread.isAlive() && !stopped) {
      thread.start();
    }
  }

  /** Why the last round failed, or null when Solr took everything. */
  public String problem() {
    return problem;
  }

  private void run() {
    long seen = -1;
    long lastRound = 0;
    while (!stopped) {
      try {
        long batches = committedBatches.getAsLong();
        long now = System.currentTimeMillis();
        if (batches != seen || now - lastRound >= POLL_MILLIS) {
          seen = batches;
          lastRound = now;
          round();
        }
        Thread.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void round() {
    try {
      long n = sync.catchUp();
      if (problem != null) {
        LOG.info("SolrCloud answers again; the backlog is sent");
        problem = null;
      }
      if (n > 0) {
        LOG.debug("sent {} papers to SolrCloud", n);
      }
    } catch (RuntimeException e) { // SearchUnavailable, or the database briefly away
      if (problem == null && !stopped) {
        LOG.warn("SolrCloud sync: {}; retrying every {} s", e.getMessage(), POLL_MILLIS / 1000);
      }
      problem = e.getMessage();
    }
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
