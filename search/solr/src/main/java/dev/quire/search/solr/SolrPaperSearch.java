package dev.quire.search.solr;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.Fusion;
import dev.quire.search.MatchScope;
import dev.quire.search.PaperSearch;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.SearchStatus;
import dev.quire.search.SearchUnavailable;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.QueryEmbeddings;
import dev.quire.search.embed.VectorRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;

/**
 * Search on SolrCloud ({@code search.engine=solr}): the embedded engine's features over a shared
 * collection. BM25 and kNN run in Solr; the query is embedded in Quire, the two rankings are fused
 * in Quire ({@link Fusion}, same depth as the embedded engine), papers come from the database.
 */
public final class SolrPaperSearch implements PaperSearch, AutoCloseable {
  /** Candidates ranked per method before fusion and paging, as the embedded engine. */
  static final int MIN_DEPTH = 100;

  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final Embedder embedder;
  private final QueryEmbeddings embeddings;
  private final SolrRanker ranker;
  private final SolrHighlighter highlighter;

  /**
   * A search over the collection {@code client} defaults to; {@code embedder} may be null (keywords
   * only), owned by this search from now on. The client stays the caller's to close.
   */
  public SolrPaperSearch(
      PaperRepository papers,
      VectorRepository vectors,
      SolrClient client,
      Embedder embedder,
      Fusion fusion) {
    this.papers = papers;
    this.vectors = vectors;
    this.embedder = embedder;
    this.embeddings = embedder == null ? null : new QueryEmbeddings(embedder);
    this.ranker = new SolrRanker(client, fusion, papers::findAll);
    this.highlighter = new SolrHighlighter();
  }

  @Override
  public SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit) {
    return search(query, sort, RankingMethod.HYBRID, offset, limit, true);
  }

  /**
   * One page ranked by a chosen method; without papers (evaluation, benchmarks) each hit's title is
   * its id and nothing is highlighted.
   */
  public SearchResults search(
      SearchQuery query,
      SearchSort sort,
      RankingMethod method,
      int offset,
      int limit,
      boolean withPapers) {
    if (query.arxivId() != null) {
      return jump(query, offset);
    }
    int depth = Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, offset + limit + 1));
    boolean dense =
        embeddings != null
            && query.hasText()
            && method != RankingMethod.BM25
            && sort == SearchSort.RELEVANCE;
    Supplier<float[]> vector = () -> null;
    if (dense) {
      String text = query.semanticText();
      float[] cached = embeddings.cached(text);
      if (cached != null) {
        vector = () -> cached;
      } else {
        // embed the query while BM25 runs
        CompletableFuture<float[]> later = embeddings.embedLater(text);
        vector = later::join;
      }
    }
    SolrRanker.Ranking ranking = ranker.rank(query, sort, method, vector, depth);
    List<SolrRanker.Hit> ranked = ranking.hits();
    List<SolrRanker.Hit> page =
        offset >= ranked.size()
            ? List.of()
            : ranked.subList(offset, Math.min(ranked.size(), offset + limit));
    List<SearchHit> hits = withPapers ? decorate(page, query) : bare(page);
    return SearchResults.builder(query)
        .page(hits, offset, ranked.size())
        .facets(ranking.categories(), ranking.years())
        .semantic(ranking.semantic())
        .matches(ranking.matches(), false, ranking.scope())
        .build();
  }

  private List<SearchHit> decorate(List<SolrRanker.Hit> page, SearchQuery query) {
    Map<String, Paper> found = papers.findAll(page.stream().map(SolrRanker.Hit::id).toList());
    List<Paper> shown = new ArrayList<>(page.size());
    List<Float> scores = new ArrayList<>(page.size());
    for (SolrRanker.Hit h : page) {
      Paper p = found.get(h.id());
      if (p != null) {
        shown.add(p);
        scores.add(h.score());
      }
    }
    return highlighter.hits(shown, scores, highlightText(query));
  }

  private static List<SearchHit> bare(List<SolrRanker.Hit> page) {
    List<SearchHit> out = new ArrayList<>(page.size());
    for (SolrRanker.Hit h : page) {
      out.add(new SearchHit(null, h.score(), h.id(), ""));
    }
    return out;
  }

  /** An arXiv id: its paper when this hub has it, else say so. */
  private SearchResults jump(SearchQuery query, int offset) {
    Optional<Paper> p = papers.find(query.arxivId());
    if (p.isPresent()) {
      Paper paper = p.get();
      List<SearchHit> hit = highlighter.hits(List.of(paper), List.of(1f), "");
      return SearchResults.builder(query)
          .page(hit, 0, 1)
          .jumpTo(paper.id())
          .matches(1, false, MatchScope.ALL_WORDS)
          .build();
    }
    return SearchResults.builder(query)
        .page(List.of(), offset, 0)
        .missingId(query.arxivId())
        .build();
  }

  private static String highlightText(SearchQuery q) {
    Set<String> parts = new LinkedHashSet<>();
    if (!q.text().isEmpty()) {
      parts.add(q.keywords());
    }
    parts.addAll(q.phrases());
    return String.join(" ", parts);
  }

  @Override
  public List<Paper> similar(String paperId, int limit) {
    Optional<Paper> paper = papers.find(paperId);
    if (paper.isEmpty()) {
      return List.of();
    }
    List<SolrRanker.Hit> hits = List.of();
    if (embedder != null) {
      VectorRepository.Stored v = vectors.find(List.of(paperId), embedder.model()).get(paperId);
      if (v != null) {
        hits = ranker.similar(v.vector(), paperId, limit);
      }
    }
    if (hits.isEmpty()) {
      Paper p = paper.get();
      hits = ranker.keywordSimilar(p.title() + " " + p.abstractText(), paperId, limit);
    }
    List<String> ids = hits.stream().map(SolrRanker.Hit::id).toList();
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

  @Override
  public Map<String, float[]> vectors(Collection<String> ids) {
    if (embedder == null || ids.isEmpty()) {
      return Map.of();
    }
    return vectors.vectorsOf(ids, embedder.model());
  }

  @Override
  public SearchStatus status() {
    String model = embedder == null ? null : embedder.model();
    int total = papers.countPapers();
    int withVectors = model == null ? 0 : vectors.count(model);
    String state = "ready";
    int indexed;
    try {
      indexed = (int) ranker.size();
    } catch (SearchUnavailable e) {
      state = "unavailable";
      indexed = 0;
    }
    return new SearchStatus(
        state, model, total, indexed, withVectors, Math.max(0, total - withVectors), 0, -1);
  }

  /** Forgets kept query vectors, so that the next searches embed their queries (benchmarks). */
  public void clearQueryCache() {
    if (embeddings != null) {
      embeddings.clear();
    }
  }

  /** Closes the query embedder and the model (the client stays open). */
  @Override
  public void close() {
    if (embeddings != null) {
      embeddings.close();
    }
    if (embedder != null) {
      embedder.close();
    }
  }
}
