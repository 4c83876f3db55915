package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.Fusion;
import dev.quire.search.PaperSearch;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.SearchStatus;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.EmbeddingJob;
import dev.quire.search.embed.QueryEmbeddings;
import dev.quire.search.embed.VectorRepository;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;

/**
 * The embedded engine, a {@link PaperSearch} on Lucene: the index in a folder of the data dir, kept
 * current with the database by a background thread ({@link IndexLifecycle}), pages answered by
 * {@link PageSearcher}, related papers by {@link SimilarPapers}, papers embedded in the background
 * when a model is given.
 */
public final class LuceneSearch implements PaperSearch, AutoCloseable {
  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final Embedder embedder;
  private final QueryEmbeddings embeddings;
  private final IndexLifecycle lifecycle;
  private final PageSearcher pages;
  private final SimilarPapers similar;

  LuceneSearch(
      PaperRepository papers,
      VectorRepository vectors,
      PaperIndex index,
      Embedder embedder,
      Fusion fusion,
      EmbeddingJob.Options embedding,
      Consumer<String> report) {
    this.papers = papers;
    this.vectors = vectors;
    this.embedder = embedder;
    this.embeddings = embedder == null ? null : new QueryEmbeddings(embedder);
    Analyzer analyzer = Analyzers.index();
    LuceneQueries queries = new LuceneQueries(analyzer);
    HybridSearcher searcher = new HybridSearcher(index, queries, fusion);
    this.similar = new SimilarPapers(papers, vectors, embedder, searcher);
    this.lifecycle =
        new IndexLifecycle(papers, vectors, index, embedder, embedding, report, similar::forget);
    this.pages =
        new PageSearcher(
            papers, index, queries, new Highlighter(analyzer), searcher, embeddings, lifecycle);
  }

  /**
   * Opens the index in {@code indexDir}. {@code embedder} may be null (keywords only); {@code
   * workers} embedding threads; {@code report} receives progress lines.
   */
  public static LuceneSearch open(
      PaperRepository papers,
      VectorRepository vectors,
      Path indexDir,
      Embedder embedder,
      int workers,
      Consumer<String> report) {
    return open(papers, vectors, indexDir, embedder, EmbeddingJob.Options.local(workers), report);
  }

  /**
   * Opens the index in {@code indexDir}, embedding (when {@code embedder} is given) as {@code
   * embedding} says: on this node's threads, or only asking other nodes for vectors.
   */
  public static LuceneSearch open(
      PaperRepository papers,
      VectorRepository vectors,
      Path indexDir,
      Embedder embedder,
      EmbeddingJob.Options embedding,
      Consumer<String> report) {
    return new LuceneSearch(
        papers, vectors, PaperIndex.open(indexDir), embedder, Fusion.standard(), embedding, report);
  }

  /**
   * Puts the vectors another node stored for these papers into the index (the change feed tells
   * which).
   */
  public void vectorsStored(List<String> ids) {
    lifecycle.vectorsStored(ids);
  }

  /** The name of the embedding model papers' vectors are stored under, or null without one. */
  public String model() {
    return embedder == null ? null : embedder.model();
  }

  /**
   * Starts the background work: rebuild when the index is missing or stale, else catch up with the
   * database; then follow new writes and embed papers without vectors.
   */
  public void start() {
    lifecycle.start();
  }

  /** Brings the index up to date on the calling thread (rebuilding when stale); embeds nothing. */
  public void syncNow(Consumer<String> progress) {
    lifecycle.syncNow(progress);
  }

  /**
   * Rebuilds the index from the database, then embeds papers without vectors with the worker
   * threads, waiting until they are done.
   */
  public void rebuild(Consumer<String> progress) {
    lifecycle.rebuild(progress);
  }

  /** Embeds every queued paper on the calling thread and commits. */
  public void embedQueuedHere() {
    lifecycle.embedQueuedHere();
  }

  /** Waits until background embedding has nothing left; false on timeout. */
  public boolean awaitEmbedded(long timeoutMillis) throws InterruptedException {
    return lifecycle.awaitEmbedded(timeoutMillis);
  }

  @Override
  public SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit) {
    return pages.search(query, sort, RankingMethod.HYBRID, offset, limit, true);
  }

  /**
   * One page ranked by a chosen method; highlighting can be skipped (evaluation, benchmarks: papers
   * are then left out and each hit's title is its id).
   */
  public SearchResults search(
      SearchQuery query,
      SearchSort sort,
      RankingMethod method,
      int offset,
      int limit,
      boolean withPapers) {
    return pages.search(query, sort, method, offset, limit, withPapers);
  }

  /** Forgets kept query vectors, so that the next searches embed their queries (benchmarks). */
  public void clearQueryCache() {
    if (embeddings != null) {
      embeddings.clear();
    }
  }

  /** A job embedding papers into this engine's index with {@code embedder} (benchmarks). */
  public EmbeddingJob newEmbeddingJob(Embedder embedder, int workers, Consumer<String> report) {
    return lifecycle.newJob(vectors, embedder, workers, report);
  }

  @Override
  public List<Paper> similar(String paperId, int limit) {
    return similar.of(paperId, limit);
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> ids) {
    if (embedder == null || ids.isEmpty()) {
      return Map.of();
    }
    return vectors.vectorsOf(ids, embedder.model());
  }

  @Override
  public SearchStatus status() {
    return lifecycle.status(model());
  }

  /** Says the index is in this state (tests: a rebuild under way). */
  void setState(String state) {
    lifecycle.setState(state);
  }

  @Override
  public void close() {
    if (embeddings != null) {
      embeddings.close();
    }
    try {
      lifecycle.close();
    } finally {
      if (embedder != null) {
        embedder.close();
      }
    }
  }
}
