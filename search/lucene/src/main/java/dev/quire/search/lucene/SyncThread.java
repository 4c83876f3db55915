package dev.quire.search.lucene;

import dev.quire.paper.PaperRepository;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread of a {@link IndexLifecycle}: brings the index up to date on start, then
 * follows writes of this process at once (and other processes' within seconds), refreshes searchers
 * and commits now and then.
 */
final class SyncThread implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncThread.class);
  private static final long TICK_MILLIS = 250;
  private static final long POLL_MILLIS = 5_000;
  private static final long COMMIT_MILLIS = 30_000;

  private final IndexLifecycle service;
  private final PaperRepository papers;
  private final Consumer<String> report;
  private final Thread thread;
  private volatile boolean stopped;

  SyncThread(IndexLifecycle service, PaperRepository papers, Consumer<String> report) {
    this.service = service;
    this.papers = papers;
    this.report = report;
    this.thread = new Thread(this::run, "quire-index");
    this.thread.setDaemon(true);
  }

  void start() {
    if (!thread.isAlive() && !stopped) {
      thread.start();
    }
  }

  private void run() {
    try {
      service.syncNow(report);
    } catch (RuntimeException e) {
      LOG.error("search index sync failed", e);
      service.setState("failed: " + e.getMessage());
      return;
    }
    long seenBatches = papers.committedBatches();
    long lastPoll = System.currentTimeMillis();
    long lastCommit = lastPoll;
    while (!stopped) {
      try {
        Thread.sleep(TICK_MILLIS);
        long now = System.currentTimeMillis();
        long batches = papers.committedBatches();
        if (batches != seenBatches || now - lastPoll >= POLL_MILLIS) {
          seenBatches = batches;
          lastPoll = now;
          service.followWrites();
        }
        boolean commit = now - lastCommit >= COMMIT_MILLIS;
        if (commit) {
          lastCommit = now;
        }
        service.refreshAndCommit(commit);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!stopped) {
          LOG.warn("search index sync: {}", e.toString());
        }
      }
    }
  }

  @Override
  public void close() {
    stopped = true;

    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
