package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.MatchScope;
import dev.quire.search.PaperSearch;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.QueryEmbeddings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers one page of a search: an arXiv id jumps to its paper; otherwise ranks (embedding the
 * query meanwhile), pages, highlights and suggests a respelling when not every word matched.
 */
final class PageSearcher {
  /** Candidates ranked per method before fusion and paging. */
  static final int MIN_DEPTH = 100;

  private final PaperRepository papers;
  private final PaperIndex index;
  private final LuceneQueries queries;
  private final Highlighter highlighter;
  private final HybridSearcher searcher;
  private final Speller speller;
  private final QueryEmbeddings embeddings;
  private final IndexLifecycle lifecycle;

  /** {@code embeddings} is null without a model (keywords only). */
  PageSearcher(
      PaperRepository papers,
      PaperIndex index,
      LuceneQueries queries,
      Highlighter highlighter,
      HybridSearcher searcher,
      QueryEmbeddings embeddings,
      IndexLifecycle lifecycle) {
    this.papers = papers;
    this.index = index;
    this.queries = queries;
    this.highlighter = highlighter;
    this.searcher = searcher;
    this.speller = new Speller(queries);
    this.embeddings = embeddings;
    this.lifecycle = lifecycle;
  }

  SearchResults search(
      SearchQuery query,
      SearchSort sort,
      RankingMethod method,
      int offset,
      int limit,
      boolean withPapers) {
    if (query.arxivId() != null) {
      return jump(query, offset);
    }
    // one past the page, so that the ranking shows whether a next page exists
    int depth = Math.min(PaperSearch.MAX_DEPTH, Math.max(MIN_DEPTH, offset + limit + 1));
    boolean dense =
        embeddings != null
            && query.hasText()
            && method != RankingMethod.BM25
            && sort == SearchSort.RELEVANCE;
    Supplier<float[]> vector = () -> null;
    HitDecorator decorator =
        withPapers
            ? new HitDecorator(
                papers, highlighter, queries.terms(IndexFields.TITLE, highlightText(query)))
            : null;
    Consumer<List<PaperIndex.Hit>> whileEmbedding = null;
    if (dense) {
      String text = query.semanticText();
      float[] cached = embeddings.cached(text);
      if (cached != null) {
        vector = () -> cached;
      } else {
        // embed the query while BM25 runs on this thread, then prepare the keyword page
        CompletableFuture<float[]> later = embeddings.embedLater(text);
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
    return SearchResults.builder(query)
        .page(hits, offset, ranked.size())
        .facets(ranking.categories(), ranking.years())
        .semantic(ranking.semantic())
        .matches(ranking.matches(), ranking.atLeast(), ranking.scope())
        .indexing(lifecycle.indexing())
        .suggestion(suggestion)
        .build();
  }

  /** An arXiv id: its paper when this hub has it, else say so (rather than look-alikes). */
  private SearchResults jump(SearchQuery query, int offset) {
    Optional<Paper> p = papers.find(query.arxivId());
    if (p.isPresent()) {
      Paper paper = p.get();
      String title = highlighter.full(IndexFields.TITLE, paper.title(), Set.of());
      String snippet = highlighter.snippet(IndexFields.ABSTRACT, paper.abstractText(), Set.of());
      return SearchResults.builder(query)
          .page(List.of(new SearchHit(paper, 1f, title, snippet)), 0, 1)
          .jumpTo(paper.id())
          .matches(1, false, MatchScope.ALL_WORDS)
          .build();
    }
    // the page offers arXiv and adding it
    return SearchResults.builder(query)
        .page(List.of(), offset, 0)
        .indexing(lifecycle.indexing())
        .missingId(query.arxivId())
        .build();
  }

  /** The query's free text respelt ("did you mean"), or null. */
  private String suggest(String text) {
    return index.withSearcher(s -> speller.suggest(s, text));
  }

  private static List<PaperIndex.Hit> page(List<PaperIndex.Hit> ranked, int offset, int limit) {
    return offset >= ranked.size()
        ? List.of()
        : ranked.subList(offset, Math.min(ranked.size(), offset + limit));
  }

  private static String highlightText(SearchQuery q) {
    Set<String> parts = new LinkedHashSet<>();
    if (!q.text().isEmpty()) {
      parts.add(q.keywords());
    }
    parts.addAll(q.phrases());
    return String.join(" ", parts);
  }
}
