package dev.quire.search;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;

/**
 * The Lucene-backed {@link PaperSearch}: the index in a folder of the data dir, kept current with
 * the database by a background thread, with papers embedded in the background when a model is
 * given.
 */
public final class SearchService implements PaperSearch, AutoCloseable {
  /** Candidates ranked per method before fusion and paging. */
  static final int MIN_DEPTH = 100;

  /** Pages never reach past this many candidates. */
  public static final int MAX_DEPTH = 1000;

  /** Ids per query when loading stored vectors (well under SQLite's bound-parameter limit). */
  private static final int VECTOR_BATCH = 900;

  private static final int QUERY_CACHE = 512;

  /** Related-paper answers kept between index refreshes (they only change when the index does). */
  private static final int SIMILAR_CACHE_SIZE = 20_000;

  private final Map<String, List<String>> similarIds =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final PaperIndex index;
  private final Embedder embedder;
  private final LuceneQueries queries;
  private final Highlighter highlighter;
  private final HybridSearcher searcher;
  private final Speller speller;
  private final IndexSync sync;
  private final EmbeddingJob job;
  private final SyncThread syncThread;
  private final Map<String, float[]> queryVectors =
      new LinkedHashMap<>(QUERY_CACHE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
          return size() > QUERY_CACHE;
        }
      };
  private volatile String state = "starting";
  private final java.util.concurrent.ExecutorService queryEmbedding =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "quire-query-embed");
            t.setDaemon(true);
            return t;
          });

  SearchService(
      PaperRepository papers,
      VectorRepository vectors,
      PaperIndex index,
      Embedder embedder,
      Fusion fusion,
      int workers,
      Consumer<String> report) {
    this.papers = papers;
    this.vectors = vectors;
    this.index = index;
    this.embedder = embedder;
    Analyzer analyzer = Analyzers.index();
    this.queries = new LuceneQueries(analyzer);
    this.highlighter = new Highlighter(analyzer);
    this.searcher = new HybridSearcher(index, queries, fusion);
    this.speller = new Speller(queries);
    this.job =
        embedder == null
            ? null
            : new EmbeddingJob(papers, vectors, index, embedder, workers, report);
    this.sync =
        new IndexSync(
            papers,
            vectors,
            index,
            embedder == null ? null : embedder.model(),
            ids -> {
              if (job != null) {
                job.enqueue(ids);
              }
            });
    this.syncThread = new SyncThread(this, papers, report);
  }

  /**
   * Opens the index in {@code indexDir}. {@code embedder} may be null (keywords only); {@code
   * workers} embedding threads; {@code report} receives progress lines.
   */
  public static SearchService open(
      PaperRepository papers,
      VectorRepository vectors,
      Path indexDir,
      Embedder embedder,
      int workers,
      Consumer<String> report) {
    return new SearchService(
        papers, vectors, PaperIndex.open(indexDir), embedder, Fusion.standard(), workers, report);
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
    if (job != null) {
      job.start();
    }
    syncThread.start();
  }

  /** Brings the index up to date on the calling thread (rebuilding when stale); embeds nothing. */
  public void syncNow(Consumer<String> progress) {
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

  /**
   * Rebuilds the index from the database, then embeds papers without vectors with the worker
   * threads, waiting until they are done.
   */
  public void rebuild(Consumer<String> progress) {
    state = "rebuilding";
    sync.rebuild(progress);
    sync.queueMissingVectors();
    state = "ready";
    if (job != null && job.queued() > 0) {
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

  /** Embeds every queued paper on the calling thread and commits. */
  public void embedQueuedHere() {
    if (job != null) {
      job.drainHere();
    }
    sync.commit();
  }

  /**
   * Makes recent index writes searchable and forgets related-paper answers computed before them.
   */
  private void refreshIndex() {
    index.refresh();
    similarIds.clear();
  }

  void clearQueryCache() {
    synchronized (queryVectors) {
      queryVectors.clear();
    }
  }

  /** Follows writes since the last sync (called by the background thread). */
  void followWrites() {
    if (sync.catchUp() > 0) {
      refreshIndex();
    }
  }

  void refreshAndCommit(boolean commit) {
    refreshIndex();
    if (commit) {
      sync.commit();
    }
  }

  /** Waits until background embedding has nothing left; false on timeout. */
  public boolean awaitEmbedded(long timeoutMillis) throws InterruptedException {
    boolean idle = job == null || job.awaitIdle(timeoutMillis);
    refreshIndex();
    return idle;
  }

  @Override
  public SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit) {
    return search(query, sort, RankingMethod.HYBRID, offset, limit, true);
  }

  /** One page ranked by a chosen method; highlighting can be skipped (evaluation, benchmarks). */
  SearchResults search(
      SearchQuery query,
      SearchSort sort,
      RankingMethod method,
      int offset,
      int limit,
      boolean withPapers) {
    if (query.arxivId() != null) {
      Optional<Paper> p = papers.find(query.arxivId());
      if (p.isPresent()) {
        Paper paper = p.get();
        String title = highlighter.full(IndexFields.TITLE, paper.title(), Set.of());
        String snippet = highlighter.snippet(IndexFields.ABSTRACT, paper.abstractText(), Set.of());
        return new SearchResults(
            query,
            List.of(new SearchHit(paper, 1f, title, snippet)),
            1,
            0,
            List.of(),
            List.of(),
            paper.id(),
            false,
            1,
            false,
            MatchScope.ALL_WORDS,
            null,
            null,
            null);
      }
      // not on this hub: say so (the page offers arXiv and adding it) rather than look-alikes
      return new SearchResults(
          query,
          List.of(),
          0,
          offset,
          List.of(),
          List.of(),
          null,
          false,
          0,
          false,
          MatchScope.ALL_WORDS,
          indexing(),
          null,
          query.arxivId());
    }
    // one past the page, so that the ranking shows whether a next page exists
    int depth = Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, offset + limit + 1));
    boolean dense =
        embedder != null
            && query.hasText()
            && method != RankingMethod.BM25
            && sort == SearchSort.RELEVANCE;
    java.util.function.Supplier<float[]> vector = () -> null;
    HitDecorator decorator =
        withPapers
            ? new HitDecorator(
                papers, highlighter, queries.terms(IndexFields.TITLE, highlightText(query)))
            : null;
    java.util.function.Consumer<List<PaperIndex.Hit>> whileEmbedding = null;
    if (dense) {
      String text = query.semanticText();
      float[] cached = cachedQueryVector(text);
      if (cached != null) {
        vector = () -> cached;
      } else {
        // embed the query while BM25 runs on this thread, then prepare the keyword page
        java.util.concurrent.CompletableFuture<float[]> later =
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> queryVector(text), queryEmbedding);
        vector = later::join;
        if (decorator != null) {
          whileEmbedding = keyword -> decorator.prepare(page(keyword, offset, limit));
        }
      }
    }
    HybridSearcher.Ranking ranking =
        searcher.rank(query, sort, method, vector, depth, whileEmbedding);
    List<PaperIndex.Hit> ranked = ranking.hits();
    List<PaperIndex.Hit> page = page(ranked, offset, limit);
    List<SearchHit> hits;
    if (decorator != null) {
      hits = decorator.results(page);
    } else {
      hits = new ArrayList<>(page.size());
      for (PaperIndex.Hit h : page) {
        hits.add(new SearchHit(null, h.score(), h.id(), ""));
      }
    }
    String suggestion =
        withPapers && ranking.scope() != MatchScope.ALL_WORDS && !query.text().isEmpty()
            ? suggest(query.text())
            : null;
    return new SearchResults(
        query,
        hits,
        ranked.size(),
        offset,
        ranking.categories(),
        ranking.years(),
        null,
        ranking.semantic(),
        ranking.matches(),
        ranking.atLeast(),
        ranking.scope(),
        indexing(),
        suggestion,
        null);
  }

  /** The query's free text respelt ("did you mean"), or null. */
  private String suggest(String text) {
    return index.withSearcher(s -> speller.suggest(s, text));
  }

  /** How far the index is while it is being built, or null when it holds every paper. */
  private SearchResults.IndexProgress indexing() {
    if (state.equals("ready")) {
      return null;
    }
    int total = papers.countPapers();
    int indexed = index.size();
    return indexed >= total ? null : new SearchResults.IndexProgress(indexed, total);
  }

  private static List<PaperIndex.Hit> page(List<PaperIndex.Hit> ranked, int offset, int limit) {
    return offset >= ranked.size()
        ? List.of()
        : ranked.subList(offset, Math.min(ranked.size(), offset + limit));
  }

  /** The ranked ids only, for evaluation. */
  List<String> rankedIds(SearchQuery query, RankingMethod method, int n) {
    float[] vector =
        embedder == null || method == RankingMethod.BM25 ? null : queryVector(query.semanticText());
    return searcher.rank(query, SearchSort.RELEVANCE, method, vector, n).hits().stream()
        .map(PaperIndex.Hit::id)
        .toList();
  }

  private static String highlightText(SearchQuery q) {
    Set<String> parts = new LinkedHashSet<>();
    if (!q.text().isEmpty()) {
      parts.add(LuceneQueries.distinctTerms(q.text()));
    }
    parts.addAll(q.phrases());
    return String.join(" ", parts);
  }

  private float[] cachedQueryVector(String text) {
    synchronized (queryVectors) {
      return queryVectors.get(text);
    }
  }

  float[] queryVector(String text) {
    synchronized (queryVectors) {
      float[] v = queryVectors.get(text);
      if (v != null) {
        return v;
      }
    }
    float[] v = embedder.embedQuery(text);
    synchronized (queryVectors) {
      queryVectors.put(text, v);
    }
    return v;
  }

  @Override
  public List<Paper> similar(String paperId, int limit) {
    if (similarIds.size() >= SIMILAR_CACHE_SIZE) {
      similarIds.clear();
    }
    // computeIfAbsent: readers arriving together for the same paper wait for one computation
    List<String> ids =
        similarIds.computeIfAbsent(paperId + "|" + limit, k -> similarIds(paperId, limit));
    Map<String, Paper> found = papers.findAll(ids);
    List<Paper> out = new ArrayList<>();
    for (String id : ids) {
      Paper p = found.get(id);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** The ids of a paper's nearest neighbours: by vector, or by keywords while it has none. */
  private List<String> similarIds(String paperId, int limit) {
    Optional<Paper> paper = papers.find(paperId);
    if (paper.isEmpty()) {
      return List.of();
    }
    List<PaperIndex.Hit> hits = List.of();
    if (embedder != null) {
      VectorRepository.Stored v = vectors.find(List.of(paperId), embedder.model()).get(paperId);
      if (v != null) {
        hits = searcher.similar(v.vector(), paperId, limit);
      }
    }
    if (hits.isEmpty()) {
      Paper p = paper.get();
      hits = searcher.keywordSimilar(p.title() + " " + p.abstractText(), paperId, limit);
    }
    return hits.stream().map(PaperIndex.Hit::id).toList();
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> ids) {
    if (embedder == null || ids.isEmpty()) {
      return Map.of();
    }
    Map<String, float[]> out = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += VECTOR_BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + VECTOR_BATCH));
      vectors.find(batch, embedder.model()).forEach((id, stored) -> out.put(id, stored.vector()));
    }
    return out;
  }

  @Override
  public SearchStatus status() {
    return new SearchStatus(
        state,
        embedder == null ? null : embedder.model(),
        papers.countPapers(),
        index.size(),
        embedder == null ? 0 : index.withVectors(),
        job == null ? 0 : job.queued(),
        job == null ? 0 : job.rate(),
        job == null ? -1 : job.etaSeconds());
  }

  void setState(String s) {
    state = s;
  }

  @Override
  public void close() {
    queryEmbedding.shutdown();
    syncThread.close();
    if (job != null) {
      job.close();
    }
    try {
      sync.commit();
    } finally {
      index.close();
      if (embedder != null) {
        embedder.close();
      }
    }
  }
}
