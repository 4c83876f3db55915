package dev.quire.search.embed;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.SearchStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds queued papers in the background (one model run per worker thread, batch 1), stores each
 * vector in the database and hands the paper with it to the engine (which makes it searchable);
 * reports progress.
 */
public final class EmbeddingJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingJob.class);
  private static final int FETCH = 16;
  private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(15);

  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final BiConsumer<Paper, float[]> searchable;
  private final Embedder embedder;
  private final int workers;
  private final Consumer<String> report;
  private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicLong embedded = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;
  private volatile long busySinceNanos;
  private volatile long embeddedAtBusyStart;
  private volatile long lastReportNanos = System.nanoTime();
  private final RecentRate recent = new RecentRate(TimeUnit.SECONDS.toNanos(60));

  public EmbeddingJob(
      PaperRepository papers,
      VectorRepository vectors,
      BiConsumer<Paper, float[]> searchable,
      Embedder embedder,
      int workers,
      Consumer<String> report) {
    this.papers = papers;
    this.vectors = vectors;
    this.searchable = searchable;
    this.embedder = embedder;
    this.workers = Math.max(1, workers);
    this.report = report;
  }

  /** Starts the worker threads. */
  public synchronized void start() {
    if (!threads.isEmpty()) {
      return;
    }
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, "quire-embed-" + (i + 1));
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      threads.add(t);
      t.start();
    }
  }

  /** Queues papers for embedding (a paper already queued is not queued twice). */
  public void enqueue(Collection<String> ids) {
    if (queue.isEmpty() && busy.get() == 0) {
      busySinceNanos = System.nanoTime();
      embeddedAtBusyStart = embedded.get();
      recent.reset();
    }
    for (String id : ids) {
      if (pending.add(id)) {
        queue.add(id);
      }
    }
  }

  /** Papers waiting or being embedded. */
  public int queued() {
    return pending.size();
  }

  /** Papers embedded since the process started. */
  public long embedded() {
    return embedded.get();
  }

  /**
   * Embedding rate over the last minute of batches, papers per second (0 when idle); until two
   * batches are done, the rate since the queue last became busy.
   */
  public double rate() {
    if (pending.isEmpty()) {
      return 0;
    }
    double current = recent.perSecond();
    if (current > 0) {
      return current;
    }
    double seconds = (System.nanoTime() - busySinceNanos) / 1e9;
    long done = embedded.get() - embeddedAtBusyStart;
    return seconds <= 0 || done == 0 ? 0 : done / seconds;
  }

  /** Seconds until the queue is empty at the current rate, -1 when unknown. */
  public long etaSeconds() {
    double r = rate();
    return r <= 0 ? -1 : Math.round(pending.size() / r);
  }

  /** Embeds everything queued on the calling thread (for tests and the reindex command). */
  public void drainHere() {
    List<String> batch = new ArrayList<>();
    while (queue.drainTo(batch, FETCH) > 0) {
      process(batch);
      batch.clear();
    }
  }

  /** Waits until nothing is queued or being embedded; false on timeout. */
  public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (!pending.isEmpty()) {
      if (System.currentTimeMillis() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void work() {
    List<String> batch = new ArrayList<>();
    while (!stopped) {
      try {
        String first = queue.poll(500, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, FETCH - 1);
        process(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn(
            "embedding failed for {} papers, will retry later: {}", batch.size(), e.toString());
        batch.forEach(pending::remove);
      } finally {
        batch.clear();
      }
    }
  }

  private void process(List<String> ids) {
    busy.incrementAndGet();
    try {
      Map<String, Paper> found = papers.findAll(ids);
      Map<String, VectorRepository.Stored> out = new HashMap<>();
      for (Paper p : found.values()) {
        if (stopped) {
          return;
        }
        float[] v = embedder.embedDocument(p.title(), p.abstractText());
        out.put(p.id(), new VectorRepository.Stored(TextHash.of(p.title(), p.abstractText()), v));
      }
      vectors.put(embedder.model(), out);
      for (Paper p : found.values()) {
        searchable.accept(p, out.get(p.id()).vector());
      }
      recent.record(System.nanoTime(), embedded.addAndGet(out.size()));
      ids.forEach(pending::remove);
      maybeReport();
    } finally {
      busy.decrementAndGet();
    }
  }

  private void maybeReport() {
    long now = System.nanoTime();
    if (now - lastReportNanos >= REPORT_NANOS || pending.isEmpty()) {
      lastReportNanos = now;
      long eta = etaSeconds();
      report.accept(
          String.format(
              "embedding: %,d papers embedded, %,d queued, %.1f papers/s%s",
              embedded.get(),
              pending.size(),
              rate(),
              eta >= 0 ? ", ETA " + SearchStatus.duration(eta) : ""));
    }
  }

  @Override
  public void close() {
    stopped = true;
    for (Thread t : threads) {
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
