package dev.quire.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
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

  /** Matches of the words and filters are counted exactly up to this many (the deepest page). */
  static final int COUNT_UP_TO = SearchService.MAX_DEPTH;

  /**
   * The ranked candidates with their facets.
   *
   * @param hits best first
   * @param categories category counts
   * @param years year counts
   * @param semantic whether vectors contributed
   * @param matches papers matching the words and filters (for vectors alone: the candidates)
   * @param atLeast whether {@code matches} is a lower bound (counting stopped at {@link
   *     #COUNT_UP_TO})
   */
  record Ranking(
      List<PaperIndex.Hit> hits,
      List<Facet> categories,
      List<Facet> years,
      boolean semantic,
      long matches,
      boolean atLeast) {}

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
          List<PaperIndex.Hit> hits;
          boolean semantic = false;
          PaperIndex.Top counted;
          if (text == null || sort != SearchSort.RELEVANCE) {
            Sort order =
                sort == SearchSort.UPVOTES
                    ? byUpvotes()
                    : sort == SearchSort.DATE || text == null ? byDate() : null;
            counted =
                PaperIndex.counted(
                    s, LuceneQueries.combine(text, filter), depth, order, COUNT_UP_TO);
            hits = counted.hits();
          } else {
            counted =
                method == RankingMethod.DENSE
                    ? new PaperIndex.Top(List.of(), 0, false)
                    : PaperIndex.counted(
                        s, LuceneQueries.combine(text, filter), depth, null, COUNT_UP_TO);
            List<PaperIndex.Hit> keyword = counted.hits();
            if (whileEmbedding != null && method == RankingMethod.HYBRID) {
              whileEmbedding.accept(keyword);
            }
            float[] vector = method == RankingMethod.BM25 ? null : vectorLater.get();
            List<PaperIndex.Hit> dense =
                vector == null
                    ? List.of()
                    : nearest(s, vector, depth, queries.filter(q, true), null);
            semantic = !dense.isEmpty();
            hits =
                method == RankingMethod.HYBRID
                    ? fusion.fuse(keyword, dense)
                    : semantic ? dense : keyword;
            if (hits.size() > depth) {
              hits = hits.subList(0, depth);
            }
            if (method == RankingMethod.DENSE) {
              counted = new PaperIndex.Top(hits, hits.size(), false);
            }
          }
          return ranking(s, hits, semantic, counted);
        });
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

  /** The ranking with its facets, counted over the hits. */
  private static Ranking ranking(
      IndexSearcher s, List<PaperIndex.Hit> hits, boolean semantic, PaperIndex.Top counted)
      throws IOException {
    Map<String, Integer> cats = new HashMap<>();
    Map<String, Integer> years = new HashMap<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (PaperIndex.Hit h : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(h.doc(), leaves));
      int doc = h.doc() - leaf.docBase;
      SortedSetDocValues c = leaf.reader().getSortedSetDocValues(IndexFields.CATEGORY_FACET);
      if (c != null && c.advanceExact(doc)) {
        for (int i = 0; i < c.docValueCount(); i++) {
          cats.merge(c.lookupOrd(c.nextOrd()).utf8ToString(), 1, Integer::sum);
        }
      }
      NumericDocValues p = leaf.reader().getNumericDocValues(IndexFields.PUBLISHED);
      if (p != null && p.advanceExact(doc)) {
        int year = IndexFields.year(p.longValue());
        if (year > 0) {
          years.merge(String.valueOf(year), 1, Integer::sum);
        }
      }
    }
    List<Facet> catFacets = new ArrayList<>();
    cats.forEach((k, v) -> catFacets.add(new Facet(k, v)));
    catFacets.sort(Comparator.comparingInt(Facet::count).reversed().thenComparing(Facet::value));
    List<Facet> yearFacets = new ArrayList<>();
    years.forEach((k, v) -> yearFacets.add(new Facet(k, v)));
    yearFacets.sort(Comparator.comparing(Facet::value).reversed());
    return new Ranking(
        hits,
        catFacets.subList(0, Math.min(FACET_VALUES, catFacets.size())),
        yearFacets.subList(0, Math.min(FACET_VALUES, yearFacets.size())),
        semantic,
        counted.matches(),
        counted.atLeast());
  }
}
