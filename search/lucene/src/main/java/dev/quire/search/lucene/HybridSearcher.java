package dev.quire.search.lucene;

import dev.quire.search.Facet;
import dev.quire.search.Fusion;
import dev.quire.search.MatchScope;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Ranks papers for a parsed query: BM25 candidates and HNSW vector candidates (int7 graph search,
 * float rescore) fused, or one of them alone, or a sort by date or upvotes; with facets over the
 * candidates.
 */
final class HybridSearcher {
  /** HNSW candidates explored per wanted hit before the float rescore. */
  static final float OVERSAMPLE = 1.5f;

  /** Facet values shown per facet. */
  static final int FACET_VALUES = 12;

  /**
   * Queries with at most this many words put the papers that have all of them first (in fused
   * order), so that a rare term or acronym is never outranked by meaning-only neighbours.
   */
  static final int EXACT_FIRST_MAX_WORDS = 4;

  /**
   * The ranked candidates with their facets.
   *
   * @param hits best first
   * @param categories category counts over the counted set
   * @param years year counts over the counted set
   * @param semantic whether vectors contributed
   * @param matches size of the counted set
   * @param atLeast whether {@code matches} is a lower bound (never, since counting is exact)
   * @param scope which papers were counted
   */
  record Ranking(
      List<PaperIndex.Hit> hits,
      List<Facet> categories,
      List<Facet> years,
      boolean semantic,
      long matches,
      boolean atLeast,
      MatchScope scope) {}

  private final PaperIndex index;
  private final LuceneQueries queries;
  private final Fusion fusion;

  HybridSearcher(PaperIndex index, LuceneQueries queries, Fusion fusion) {
    this.index = index;
    this.queries = queries;
    this.fusion = fusion;
  }

  /**
   * The top {@code depth} candidates of a query. {@code vector} is the query's embedding, or null
   * when there is none (no model, or no text).
   */
  Ranking rank(SearchQuery q, SearchSort sort, RankingMethod method, float[] vector, int depth) {
    return rank(q, sort, method, () -> vector, depth, null);
  }

  /**
   * As above, with the query vector asked for only after the keyword search, so that it can be
   * computed meanwhile on another thread; {@code whileEmbedding} (may be null) gets the keyword
   * candidates of a hybrid search just before the wait for the vector, to use that time.
   */
  Ranking rank(
      SearchQuery q,
      SearchSort sort,
      RankingMethod method,
      java.util.function.Supplier<float[]> vectorLater,
      int depth,
      java.util.function.Consumer<List<PaperIndex.Hit>> whileEmbedding) {
    return index.withSearcher(
        s -> {
          Query text = queries.text(q);
          Query filter = queries.filter(q, false);
          if (text == null) {
            Query listed = LuceneQueries.combine(null, filter);
            List<PaperIndex.Hit> hits =
                PaperIndex.top(
                    s, listed, depth, sort == SearchSort.UPVOTES ? byUpvotes() : byDate());
            return ranking(hits, false, MatchSet.of(s, listed), MatchScope.FILTERS);
          }
          Query all = queries.allWords(q);
          Query exactQuery = all == null ? null : LuceneQueries.combine(all, filter);
          MatchSet exact =
              exactQuery == null || method == RankingMethod.DENSE
                  ? MatchSet.none()
                  : MatchSet.of(s, exactQuery);
          if (sort != SearchSort.RELEVANCE) {
            Sort order = sort == SearchSort.UPVOTES ? byUpvotes() : byDate();
            if (exact.size() > 0) {
              List<PaperIndex.Hit> hits = PaperIndex.top(s, exactQuery, depth, order);
              return ranking(hits, false, exact, MatchScope.ALL_WORDS);
            }
            Query any = LuceneQueries.combine(text, filter);
            return ranking(
                PaperIndex.top(s, any, depth, order),
                false,
                MatchSet.of(s, any),
                MatchScope.ANY_WORD);
          }
          List<PaperIndex.Hit> keyword =
              method == RankingMethod.DENSE
                  ? List.of()
                  : PaperIndex.top(s, LuceneQueries.combine(text, filter), depth, null);
          if (whileEmbedding != null && method == RankingMethod.HYBRID) {
            whileEmbedding.accept(keyword);
          }
          float[] vector = method == RankingMethod.BM25 ? null : vectorLater.get();
          List<PaperIndex.Hit> dense =
              vector == null ? List.of() : nearest(s, vector, depth, queries.filter(q, true), null);
          boolean semantic = !dense.isEmpty();
          List<PaperIndex.Hit> hits =
              method == RankingMethod.HYBRID
                  ? fusion.fuse(keyword, dense, PaperIndex.Hit::rescored)
                  : semantic ? dense : keyword;
          if (method == RankingMethod.HYBRID
              && exact.size() > 0
              && queries.wordCount(q) <= EXACT_FIRST_MAX_WORDS) {
            hits = exactFirst(hits, exact);
          }
          if (hits.size() > depth) {
            hits = hits.subList(0, depth);
          }
          return exact.size() > 0
              ? ranking(hits, semantic, exact, MatchScope.ALL_WORDS)
              : ranking(hits, semantic, topOf(s, hits), MatchScope.TOP_RESULTS);
        });
  }

  /** The hits in the exact set first, each part in its own order. */
  static List<PaperIndex.Hit> exactFirst(List<PaperIndex.Hit> hits, MatchSet exact) {
    List<PaperIndex.Hit> out = new ArrayList<>(hits.size());
    List<PaperIndex.Hit> rest = new ArrayList<>();
    for (PaperIndex.Hit h : hits) {
      (exact.contains(h.doc()) ? out : rest).add(h);
    }
    out.addAll(rest);
    return out;
  }

  /** The shown candidates as a counted set (when no paper has all the words). */
  private static MatchSet topOf(IndexSearcher s, List<PaperIndex.Hit> hits) throws IOException {
    if (hits.isEmpty()) {
      return MatchSet.none();
    }
    return MatchSet.ofDocs(s, hits.stream().mapToInt(PaperIndex.Hit::doc).sorted().toArray());
  }

  /** The papers nearest to a vector, optionally filtered and without one paper. */
  List<PaperIndex.Hit> similar(float[] vector, String excludeId, int n) {
    return index.withSearcher(s -> nearest(s, vector, n, null, excludeId));
  }

  /** The BM25 matches of a text (a paper's own title and abstract), without one paper. */
  List<PaperIndex.Hit> keywordSimilar(String text, String excludeId, int n) {
    return index.withSearcher(
        s -> {
          Query q = queries.text(SearchQuery.words(text));
          if (q == null) {
            return List.of();
          }
          BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
          b.add(new TermQuery(new Term(IndexFields.ID, excludeId)), Occur.MUST_NOT);
          return PaperIndex.top(s, b.build(), n, null);
        });
  }

  private static List<PaperIndex.Hit> nearest(
      IndexSearcher s, float[] vector, int n, Query filter, String excludeId) throws IOException {
    Query f = filter;
    if (excludeId != null) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(filter == null ? new MatchAllDocsQuery() : filter, Occur.FILTER);
      b.add(new TermQuery(new Term(IndexFields.ID, excludeId)), Occur.MUST_NOT);
      f = b.build();
    }
    int k = Math.max(n, Math.round(n * OVERSAMPLE));
    Query knn = new KnnFloatVectorQuery(IndexFields.VECTOR, vector, k, f);
    return rescore(s, PaperIndex.top(s, knn, k, null), vector, n);
  }

  /** Re-scores graph candidates (int7 scores) with the stored float vectors; keeps the best n. */
  static List<PaperIndex.Hit> rescore(
      IndexSearcher s, List<PaperIndex.Hit> candidates, float[] query, int n) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<PaperIndex.Hit> out = new ArrayList<>(candidates.size());
    List<PaperIndex.Hit> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(PaperIndex.Hit::doc));
    int leafIndex = -1;
    FloatVectorValues values = null;
    KnnVectorValues.DocIndexIterator it = null;
    for (PaperIndex.Hit h : sorted) {
      int li = ReaderUtil.subIndex(h.doc(), leaves);
      if (li != leafIndex) {
        leafIndex = li;
        values = leaves.get(li).reader().getFloatVectorValues(IndexFields.VECTOR);
        it = values == null ? null : values.iterator();
      }
      int doc = h.doc() - leaves.get(li).docBase;
      if (it != null && (it.docID() == doc || (it.docID() < doc && it.advance(doc) == doc))) {
        float dot = Vectors.dot(query, values.vectorValue(it.index()));
        out.add(new PaperIndex.Hit(h.doc(), h.id(), (1 + dot) / 2));
      } else {
        out.add(h);
      }
    }
    out.sort(
        Comparator.comparingDouble((PaperIndex.Hit h) -> h.score())
            .reversed()
            .thenComparingInt(PaperIndex.Hit::doc));
    return out.size() > n ? out.subList(0, n) : out;
  }

  private static Sort byDate() {
    return new Sort(
        new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true),
        new SortField(IndexFields.UPVOTES, SortField.Type.LONG, true));
  }

  private static Sort byUpvotes() {
    return new Sort(
        new SortField(IndexFields.UPVOTES, SortField.Type.LONG, true),
        new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true));
  }

  /** The ranking with facets and count of the counted set. */
  private static Ranking ranking(
      List<PaperIndex.Hit> hits, boolean semantic, MatchSet counted, MatchScope scope) {
    return new Ranking(
        hits,
        counted.categories(FACET_VALUES),
        counted.years(FACET_VALUES),
        semantic,
        counted.size(),
        false,
        scope);
  }
}
