package dev.quire.search.lucene;

import dev.quire.paper.PaperRepository;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchStatus;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.EmbeddingJob;
import dev.quire.search.embed.VectorRepository;
import java.util.function.Consumer;

/**
 * The index's life: built or caught up with the database, following writes on a background thread,
 * papers embedded in the background, committed now and then, and what it is doing meanwhile.
 */
final class IndexLifecycle implements AutoCloseable {
  private final PaperRepository papers;
  private final PaperIndex index;
  private final IndexSync sync;
  private final EmbeddingJob job;
  private final SyncThread syncThread;
  private final Runnable onRefresh;
  private volatile String state = "starting";

  /**
   * {@code embedder} may be null (keywords only); {@code onRefresh} runs after recent writes became
   * searchable.
   */
  IndexLifecycle(
      PaperRepository papers,
      VectorRepository vectors,
      PaperIndex index,
      Embedder embedder,
      EmbeddingJob.Options embedding,
      Consumer<String> report,
      Runnable onRefresh) {
    this.papers = papers;
    this.index = index;
    this.onRefresh = onRefresh;
    this.job =
        embedder == null
            ? null
            : new EmbeddingJob(papers, vectors.queue(), index::put, embedder, embedding, report);
    this.sync =
        new IndexSync(
            papers,
            vectors,
            index,
            embedder == null ? null : embedder.model(),
            wanted -> {
              if (job != null) {
                job.enqueue(wanted);
              }
            },
            () -> {
              if (job != null) {
                job.requestMissing();
              }
            });
    this.syncThread = new SyncThread(this, papers, report);
  }

  void start() {
    if (job != null) {
      job.start();
    }
    syncThread.start();
  }

  void syncNow(Consumer<String> progress) {
    String reason = sync.staleReason();
    state = reason == null ? "catching up" : "rebuilding";
    if (reason != null) {
      progress.accept("search index: " + reason + "; rebuilding from the database");
      sync.rebuild(progress);
    } else {
      sync.catchUp();
    }
    sync.queueMissingVectors();
    sync.commit();
    state = "ready";
  }

  void rebuild(Consumer<String> progress) {
    state = "rebuilding";
    sync.rebuild(progress);
    sync.queueMissingVectors();
    state = "ready";
    if (job != null && job.embeds() && job.queued() > 0) {
      progress.accept(String.format("embedding %,d papers without vectors", job.queued()));
      job.start();
      try {
        job.awaitIdle(Long.MAX_VALUE / 4);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sync.commit();
  }

  void embedQueuedHere() {
    if (job != null) {
      job.drainHere();
    }
    sync.commit();
  }

  /** Makes recent index writes searchable, then tells whoever keeps answers computed before. */
  private void refresh() {
    index.refresh();
    onRefresh.run();
  }

  /** Puts vectors another node stored for these papers into the index, then refreshes. */
  void vectorsStored(java.util.List<String> ids) {
    if (sync.putStoredVectors(ids) > 0) {
      refresh();
    }
  }

  /** Follows writes since the last sync (called by the background thread). */
  void followWrites() {
    if (sync.catchUp() > 0) {
      refresh();
    }
  }

  void refreshAndCommit(boolean commit) {
    refresh();
    if (commit) {
      sync.commit();
    }
  }

  boolean awaitEmbedded(long timeoutMillis) throws InterruptedException {
    boolean idle = job == null || job.awaitIdle(timeoutMillis);
    refresh();
    return idle;
  }

  /** A job that embeds papers into this index (for the benchmark's pipeline measure). */
  EmbeddingJob newJob(
      VectorRepository vectors, Embedder embedder, int workers, Consumer<String> report) {
    return new EmbeddingJob(papers, vectors, index::put, embedder, workers, report);
  }

  /** The embedding job of this index, or null without a model. */
  EmbeddingJob job() {
    return job;
  }

  /** How far the index is while it is being built, or null when it holds every paper. */
  SearchResults.IndexProgress indexing() {
    if (state.equals("ready")) {
      return null;
    }
    int total = papers.countPapers();
    int indexed = index.size();
    return indexed >= total ? null : new SearchResults.IndexProgress(indexed, total);
  }

  SearchStatus status(String model) {
    return new SearchStatus(
        state,
        model,
        papers.countPapers(),
        index.size(),
        model == null ? 0 : index.withVectors(),
        job == null ? 0 : job.queued(),
        job == null ? 0 : job.rate(),
        job == null ? -1 : job.etaSeconds());
  }

  void setState(String s) {
    state = s;
  }

  @Override
  public void close() {
    syncThread.close();
    if (job != null) {
      job.close();
    }
    try {
      sync.commit();
    } finally {
      index.close();
    }
  }
}
