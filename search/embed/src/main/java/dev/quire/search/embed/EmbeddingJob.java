package dev.quire.search.embed;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.SearchStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds the papers waiting in the database's {@link EmbedQueue}, shared by every node on it: each
 * worker thread claims a batch with a lease, runs the model on each paper, then stores the vectors
 * of the papers it still holds (and logs them) in one transaction; the stored papers go to {@code
 * searchable} (this node's index) and to {@code options.stored()} (telling other nodes). Papers are
 * asked for with {@link #enqueue}; reports progress with rate.
 */
public final class EmbeddingJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingJob.class);
  private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(15);

  /** Failed attempts at a paper after which it is taken off the queue. */
  static final int MAX_ATTEMPTS = 3;

  /** How long an idle worker thread waits before it looks for work again. */
  static final long IDLE_MILLIS = 500;

  /**
   * How this node embeds.
   *
   * @param worker this process's name in the claims
   * @param settings whether it embeds at all, the lease and the batch size
   * @param threads worker threads (each claims its own batches)
   * @param stored told the ids of each batch stored (to tell other nodes)
   */
  public record Options(
      String worker, EmbedSettings settings, int threads, Consumer<List<String>> stored) {
    /** One process alone, embedding on {@code threads} threads with the default settings. */
    public static Options local(int threads) {
      return new Options(
          "local-"
              + ProcessHandle.current().pid()
              + "-"
              + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)),
          EmbedSettings.defaults(),
          threads,
          ids -> {});
    }
  }

  /** Time spent per stage of the batches done so far, for the benchmark. */
  public record Timings(
      long batches, long papers, long claimNanos, long modelNanos, long writeNanos) {
    /** Claim and write time (the coordination) per batch, in milliseconds. */
    public double overheadMillisPerBatch() {
      return batches == 0 ? 0 : (claimNanos + writeNanos) / 1e6 / batches;
    }

    /** Model time per batch, in milliseconds. */
    public double modelMillisPerBatch() {
      return batches == 0 ? 0 : modelNanos / 1e6 / batches;
    }
  }

  private final PaperRepository papers;
  private final EmbedQueue queue;
  private final BiConsumer<Paper, float[]> searchable;
  private final Embedder embedder;
  private final Options options;
  private final Consumer<String> report;
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong claimNanos = new AtomicLong();
  private final AtomicLong modelNanos = new AtomicLong();
  private final AtomicLong writeNanos = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private final RecentRate recent = new RecentRate(TimeUnit.SECONDS.toNanos(60));
  private volatile boolean stopped;
  private volatile int lastWaiting;
  private volatile long lastReportNanos = System.nanoTime();

  /** A job of one process alone on its database (default settings). */
  public EmbeddingJob(
      PaperRepository papers,
      VectorRepository vectors,
      BiConsumer<Paper, float[]> searchable,
      Embedder embedder,
      int workers,
      Consumer<String> report) {
    this(papers, vectors.queue(), searchable, embedder, Options.local(workers), report);
  }

  /** A job claiming from {@code queue} as {@code options} say. */
  public EmbeddingJob(
      PaperRepository papers,
      EmbedQueue queue,
      BiConsumer<Paper, float[]> searchable,
      Embedder embedder,
      Options options,
      Consumer<String> report) {
    this.papers = papers;
    this.queue = queue;
    this.searchable = searchable;
    this.embedder = embedder;
    this.options = options;
    this.report = report;
  }

  /** Whether this node embeds ({@code embed.enabled}); if not it only asks for vectors. */
  public boolean embeds() {
    return options.settings().enabled();
  }

  /** This process's name in the claims. */
  public String worker() {
    return options.worker();
  }

  /** Starts the worker threads (none when this node does not embed). */
  public synchronized void start() {
    if (!threads.isEmpty() || !embeds()) {
      return;
    }
    queue.releaseDeadLocalWorkers();
    for (int i = 0; i < Math.max(1, options.threads()); i++) {
      Thread t = new Thread(this::work, "quire-embed-" + (i + 1));
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      threads.add(t);
      t.start();
    }
  }

  /** Asks for vectors of these papers, unless a vector of their current text is stored. */
  public void enqueue(Collection<Paper> wanted) {
    List<EmbedQueue.Request> requests = new ArrayList<>();
    for (Paper p : wanted) {
      requests.add(new EmbedQueue.Request(p.id(), TextHash.of(p.title(), p.abstractText())));
    }
    queue.request(embedder.model(), requests, System.currentTimeMillis());
  }

  /** Asks for these papers again even if their vectors are current (benchmarks). */
  public void enqueueAgain(Collection<String> ids) {
    queue.requestAgain(embedder.model(), ids, System.currentTimeMillis());
  }

  /** Asks for a vector of every paper without one; returns how many were added. */
  public int requestMissing() {
    return queue.requestMissing(embedder.model(), System.currentTimeMillis());
  }

  /** Papers waiting for a vector in the whole cluster (claimed or not). */
  public int queued() {
    int n = queue.waiting(embedder.model());
    lastWaiting = n;
    return n;
  }

  /** Papers embedded by this process since it started. */
  public long embedded() {
    return embedded.get();
  }

  /** Stage times of the batches this process did. */
  public Timings timings() {
    return new Timings(
        batches.get(), embedded.get(), claimNanos.get(), modelNanos.get(), writeNanos.get());
  }

  /** This process's embedding rate over the last minute of batches, papers per second. */
  public double rate() {
    return recent.perSecond();
  }

  /** Seconds until the queue is empty at this process's current rate, -1 when unknown. */
  public long etaSeconds() {
    double r = rate();
    return r <= 0 ? -1 : Math.round(lastWaiting / r);
  }

  /** Embeds everything waiting on the calling thread (tests, the reindex command, --once). */
  public void drainHere() {
    queue.releaseDeadLocalWorkers();
    while (!stopped && claimAndEmbed() > 0) {
      // claim the next batch
    }
  }

  /** Waits until no paper waits for a vector in the cluster; false on timeout. */
  public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (queued() > 0 || busy.get() > 0) {
      if (System.currentTimeMillis() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void work() {
    while (!stopped) {
      try {
        if (claimAndEmbed() == 0) {
          Thread.sleep(IDLE_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("embedding: claiming work failed, trying again: {}", e.toString());
        try {
          Thread.sleep(IDLE_MILLIS * 4);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Claims one batch and embeds it; returns the number of papers claimed (0: nothing to do). */
  int claimAndEmbed() {
    String model = embedder.model();
    long t0 = System.nanoTime();
    long now = System.currentTimeMillis();
    List<String> ids =
        queue.claim(
            model,
            options.worker(),
            options.settings().batch(),
            now,
            now + options.settings().lease().toMillis());
    if (ids.isEmpty()) {
      return 0;
    }
    busy.incrementAndGet();
    try {
      long t1 = System.nanoTime();
      Map<String, Paper> found = papers.findAll(ids);
      Map<String, VectorRepository.Stored> out = new HashMap<>();
      for (Paper p : found.values()) {
        if (stopped) {
          queue.giveBack(model, options.worker(), ids, Integer.MAX_VALUE);
          return ids.size();
        }
        float[] v = embedder.embedDocument(p.title(), p.abstractText());
        out.put(p.id(), new VectorRepository.Stored(TextHash.of(p.title(), p.abstractText()), v));
      }
      long t2 = System.nanoTime();
      List<String> stored =
          queue.complete(model, options.worker(), out, System.currentTimeMillis());
      long t3 = System.nanoTime();
      if (stored.size() < out.size()) {
        LOG.warn(
            "embedding: {} of {} claims ran out of lease and were taken over; raise embed.lease",
            out.size() - stored.size(),
            out.size());
      }
      for (String id : stored) {
        searchable.accept(found.get(id), out.get(id).vector());
      }
      if (!stored.isEmpty()) {
        options.stored().accept(stored);
      }
      claimNanos.addAndGet((t1 - t0));
      modelNanos.addAndGet(t2 - t1);
      writeNanos.addAndGet(t3 - t2);
      batches.incrementAndGet();
      recent.record(System.nanoTime(), embedded.addAndGet(stored.size()));
      maybeReport();
      return ids.size();
    } catch (RuntimeException e) {
      List<String> dropped = queue.giveBack(model, options.worker(), ids, MAX_ATTEMPTS);
      LOG.warn(
          "embedding failed for {} papers, will retry later{}: {}",
          ids.size(),
          dropped.isEmpty() ? "" : " (given up on " + dropped + ")",
          e.toString());
      return ids.size();
    } finally {
      busy.decrementAndGet();
    }
  }

  private void maybeReport() {
    long now = System.nanoTime();
    if (now - lastReportNanos >= REPORT_NANOS) {
      lastReportNanos = now;
      int waiting = queued();
      long eta = etaSeconds();
      Timings t = timings();
      report.accept(
          String.format(
              java.util.Locale.ROOT,
              "embedding: %,d papers embedded here, %,d waiting in the cluster, %.1f papers/s here"
                  + " (per batch: model %.0f ms, claim + write %.0f ms)%s",
              embedded.get(),
              waiting,
              rate(),
              t.modelMillisPerBatch(),
              t.overheadMillisPerBatch(),
              eta >= 0 ? ", ETA " + SearchStatus.duration(eta) : ""));
    }
  }

  /** Stops the threads and releases this process's claims, so other nodes take them at once. */
  @Override
  public void close() {
    stopped = true;
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      int released = queue.release(options.worker());
      if (released > 0) {
        LOG.info("embedding: released {} claims for other nodes", released);
      }
    } catch (RuntimeException e) {
      LOG.warn("embedding: could not release claims (they free up after embed.lease): {}", e);
    }
  }
}
