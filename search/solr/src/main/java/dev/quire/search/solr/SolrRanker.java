package dev.quire.search.solr;

import dev.quire.paper.Paper;
import dev.quire.search.Facet;
import dev.quire.search.Fusion;
import dev.quire.search.MatchScope;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;

/**
 * Ranks papers on SolrCloud as the embedded engine's HybridSearcher does: BM25 candidates and kNN
 * candidates fused in Quire ({@link Fusion}), or one of them alone, or a sort by date or upvotes;
 * counts and facets over the same set of papers.
 */
final class SolrRanker {
  /** kNN candidates asked for per wanted hit, as the embedded engine's HNSW oversampling. */
  static final float OVERSAMPLE = 1.5f;

  /** Facet values shown per facet. */
  static final int FACET_VALUES = 12;

  /** Queries with at most this many words put the papers with all of them first. */
  static final int EXACT_FIRST_MAX_WORDS = 4;

  /** A ranked paper: its id and score in one list. */
  record Hit(String id, float score) implements Fusion.Scored {
    Hit rescored(float s) {
      return new Hit(id, s);
    }
  }

  /** The ranked candidates with count and facets of the counted papers. */
  record Ranking(
      List<Hit> hits,
      List<Facet> categories,
      List<Facet> years,
      boolean semantic,
      long matches,
      MatchScope scope) {}

  /** The count and facets of a set of papers. */
  private record Counted(long size, List<Facet> categories, List<Facet> years) {
    static final Counted NONE = new Counted(0, List.of(), List.of());
  }

  private final SolrClient client;
  private final Fusion fusion;
  private final Function<List<String>, Map<String, Paper>> papers;

  /** Sends a search's independent requests side by side (one virtual thread each). */
  private final Executor requests = Executors.newVirtualThreadPerTaskExecutor();

  /**
   * @param papers the papers of some ids from the database (counts of a page of hits without a
   *     request), or null where the collection holds texts that are no papers (evaluations)
   */
  SolrRanker(SolrClient client, Fusion fusion, Function<List<String>, Map<String, Paper>> papers) {
    this.client = client;
    this.fusion = fusion;
    this.papers = papers;
  }

  /** The value of a request sent side by side, its failure as thrown by {@link #send}. */
  private static <T> T join(CompletableFuture<T> asked) {
    try {
      return asked.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  Ranking rank(
      SearchQuery q, SearchSort sort, RankingMethod method, Supplier<float[]> vector, int depth) {
    String text = SolrQueries.text(q);
    List<String> filter = SolrQueries.filters(q, false);
    if (text == null) {
      SolrQuery listed = query("*:*", filter);
      List<Hit> hits = top(sorted(listed, sort), depth);
      return ranking(hits, false, count(listed), MatchScope.FILTERS);
    }
    String all = SolrQueries.allWords(q);
    SolrQuery exactQuery = all == null ? null : query(all, filter);
    if (sort != SearchSort.RELEVANCE) {
      Counted exact = exactQuery == null ? Counted.NONE : count(exactQuery);
      if (exact.size() > 0) {
        return ranking(top(sorted(exactQuery, sort), depth), false, exact, MatchScope.ALL_WORDS);
      }
      SolrQuery any = query(text, filter);
      return ranking(top(sorted(any, sort), depth), false, count(any), MatchScope.ANY_WORD);
    }
    // the keyword request (with the all-words count) runs while this thread embeds the query and
    // asks for its neighbours
    CompletableFuture<Keyword> keywordAsked =
        method == RankingMethod.DENSE
            ? CompletableFuture.completedFuture(new Keyword(List.of(), Counted.NONE))
            : CompletableFuture.supplyAsync(() -> keyword(text, filter, all, depth), requests);
    float[] v = method == RankingMethod.BM25 ? null : vector.get();
    List<Hit> dense = v == null ? List.of() : nearest(v, depth, SolrQueries.filters(q, true), null);
    List<Hit> keyword = join(keywordAsked).hits();
    Counted exact = join(keywordAsked).exact();
    boolean semantic = !dense.isEmpty();
    List<Hit> hits =
        method == RankingMethod.HYBRID
            ? fusion.fuse(keyword, dense, Hit::rescored)
            : semantic ? dense : keyword;
    if (method == RankingMethod.HYBRID
        && exact.size() > 0
        && SolrQueries.wordCount(q) <= EXACT_FIRST_MAX_WORDS) {
      hits = exactFirst(hits, members(exactQuery, hits));
    }
    if (hits.size() > depth) {
      hits = hits.subList(0, depth);
    }
    return exact.size() > 0
        ? ranking(hits, semantic, exact, MatchScope.ALL_WORDS)
        : ranking(hits, semantic, countIds(hits), MatchScope.TOP_RESULTS);
  }

  /** The keyword hits, and the count and facets of the papers with all the words. */
  private record Keyword(List<Hit> hits, Counted exact) {}

  /**
   * One request for the keyword hits of {@code text} and, as a query facet over them, the papers
   * with all the words ({@code all}, a subset: each of its clauses is one of the text query's) with
   * their categories and days.
   */
  private Keyword keyword(String text, List<String> filter, String all, int depth) {
    SolrQuery s = query(text, filter);
    s.setRows(depth);
    s.setFields(SolrDocuments.ID, "score");
    if (all != null) {
      s.set("allq", all);
      s.set(
          "json.facet",
          "{exact:{type:query,q:\"{!lucene q.op=OR df="
              + SolrDocuments.TEXT
              + " v=$allq}\",facet:{cats:{type:terms,field:"
              + SolrDocuments.CATEGORY_FACET
              + ",limit:-1,mincount:1},days:{type:terms,field:"
              + SolrDocuments.PUBLISHED
              + ",limit:-1,mincount:1}}}}");
    }
    QueryResponse r = send(s);
    List<Hit> hits = new ArrayList<>(r.getResults().size());
    for (SolrDocument d : r.getResults()) {
      hits.add(
          new Hit(
              (String) d.getFirstValue(SolrDocuments.ID),
              ((Number) d.getFirstValue("score")).floatValue()));
    }
    NestableJsonFacet facets = r.getJsonFacetingResponse();
    NestableJsonFacet exact = facets == null ? null : facets.getQueryFacet("exact");
    if (exact == null || exact.getCount() == 0) {
      return new Keyword(hits, Counted.NONE);
    }
    List<Facet> cats = new ArrayList<>();
    BucketBasedJsonFacet catBuckets = exact.getBucketBasedFacets("cats");
    if (catBuckets != null) {
      for (BucketJsonFacet b : catBuckets.getBuckets()) {
        cats.add(new Facet(b.getVal().toString(), (int) b.getCount()));
      }
    }
    Map<Integer, Integer> years = new HashMap<>();
    BucketBasedJsonFacet dayBuckets = exact.getBucketBasedFacets("days");
    if (dayBuckets != null) {
      for (BucketJsonFacet b : dayBuckets.getBuckets()) {
        long day = ((Number) b.getVal()).longValue();
        if (day != SolrDocuments.NO_DATE) {
          years.merge(LocalDate.ofEpochDay(day).getYear(), (int) b.getCount(), Integer::sum);
        }
      }
    }
    return new Keyword(hits, counted(exact.getCount(), cats, years));
  }

  /** The papers nearest to a vector, without one paper (related papers). */
  List<Hit> similar(float[] vector, String excludeId, int n) {
    return nearest(vector, n, List.of(), excludeId);
  }

  /** The BM25 matches of a text (a paper's own title and abstract), without one paper. */
  List<Hit> keywordSimilar(String text, String excludeId, int n) {
    String q = SolrQueries.text(SearchQuery.words(text));
    return q == null ? List.of() : top(query(q, List.of(SolrQueries.not(excludeId))), n);
  }

  /** Number of papers in the collection. */
  long size() {
    return count(query("*:*", List.of())).size();
  }

  private List<Hit> nearest(float[] vector, int n, List<String> filter, String excludeId) {
    int k = Math.max(n, Math.round(n * OVERSAMPLE));
    List<String> fq = new ArrayList<>(filter);
    if (excludeId != null) {
      fq.add(SolrQueries.not(excludeId));
    }
    return top(query(SolrQueries.knn(vector, k), fq), n);
  }

  static List<Hit> exactFirst(List<Hit> hits, Set<String> exact) {
    List<Hit> out = new ArrayList<>(hits.size());
    List<Hit> rest = new ArrayList<>();
    for (Hit h : hits) {
      (exact.contains(h.id()) ? out : rest).add(h);
    }
    out.addAll(rest);
    return out;
  }

  /** Which of the hits match {@code exact}. */
  private Set<String> members(SolrQuery exact, List<Hit> hits) {
    if (hits.isEmpty()) {
      return Set.of();
    }
    SolrQuery q = exact.getCopy();
    q.addFilterQuery(SolrQueries.ids(hits.stream().map(Hit::id).toList()));
    Set<String> out = new HashSet<>();
    for (Hit h : top(q, hits.size())) {
      out.add(h.id());
    }
    return out;
  }

  static SolrQuery query(String q, List<String> filter) {
    SolrQuery s = new SolrQuery(q);
    s.set("q.op", "OR");
    s.set("df", SolrDocuments.TEXT);
    filter.forEach(s::addFilterQuery);
    return s;
  }

  private static SolrQuery sorted(SolrQuery q, SearchSort sort) {
    SolrQuery s = q.getCopy();
    String first = sort == SearchSort.UPVOTES ? SolrDocuments.UPVOTES : SolrDocuments.PUBLISHED;
    String second = sort == SearchSort.UPVOTES ? SolrDocuments.PUBLISHED : SolrDocuments.UPVOTES;
    s.addSort(first, SolrQuery.ORDER.desc);
    s.addSort(second, SolrQuery.ORDER.desc);
    s.addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
    return s;
  }

  /** The first {@code n} hits of a query. */
  List<Hit> top(SolrQuery q, int n) {
    SolrQuery s = q.getCopy();
    s.setRows(n);
    // a sorted list has no scores (0, as in the embedded engine)
    // only id and score: Solr answers in one distributed phase, with no field-fetching phase
    if (s.get(org.apache.solr.common.params.CommonParams.SORT) == null) {
      s.setFields(SolrDocuments.ID, "score");
    } else {
      s.setFields(SolrDocuments.ID);
    }
    QueryResponse r = send(s);
    List<Hit> out = new ArrayList<>(r.getResults().size());
    for (SolrDocument d : r.getResults()) {
      Object score = d.getFirstValue("score");
      out.add(
          new Hit(
              (String) d.getFirstValue(SolrDocuments.ID),
              score == null ? 0f : ((Number) score).floatValue()));
    }
    return out;
  }

  /**
   * Size, categories and years of the hits themselves: from the papers in the database when this
   * ranker has them (no request), else by a request.
   */
  private Counted countIds(List<Hit> hits) {
    if (hits.isEmpty()) {
      return Counted.NONE;
    }
    List<String> ids = hits.stream().map(Hit::id).toList();
    if (papers == null) {
      return count(query("*:*", List.of(SolrQueries.ids(ids))));
    }
    Map<String, Integer> cats = new HashMap<>();
    Map<Integer, Integer> years = new HashMap<>();
    for (Paper p : papers.apply(ids).values()) {
      Set<String> own = new HashSet<>();
      for (String c : p.categories()) {
        if (SolrDocuments.facetable(c) && own.add(c)) {
          cats.merge(c, 1, Integer::sum);
        }
      }
      if (p.publishedAt() != null) {
        years.merge(p.publishedAt().atOffset(ZoneOffset.UTC).getYear(), 1, Integer::sum);
      }
    }
    List<Facet> cs = new ArrayList<>();
    cats.forEach((c, n) -> cs.add(new Facet(c, n)));
    return counted(hits.size(), cs, years);
  }

  /** Size, categories and years of the papers matching a query. */
  private Counted count(SolrQuery q) {
    SolrQuery s = q.getCopy();
    s.setRows(0);
    s.setFacet(true);
    s.addFacetField(SolrDocuments.CATEGORY_FACET, SolrDocuments.PUBLISHED);
    s.setFacetLimit(-1);
    s.setFacetMinCount(1);
    QueryResponse r = send(s);
    List<Facet> cats = new ArrayList<>();
    Map<Integer, Integer> years = new HashMap<>();
    for (FacetField f : r.getFacetFields()) {
      for (FacetField.Count c : f.getValues()) {
        if (f.getName().equals(SolrDocuments.CATEGORY_FACET)) {
          cats.add(new Facet(c.getName(), (int) c.getCount()));
        } else {
          long day = Long.parseLong(c.getName());
          if (day != SolrDocuments.NO_DATE) {
            years.merge(LocalDate.ofEpochDay(day).getYear(), (int) c.getCount(), Integer::sum);
          }
        }
      }
    }
    return counted(r.getResults().getNumFound(), cats, years);
  }

  private static Counted counted(long size, List<Facet> cats, Map<Integer, Integer> years) {
    cats.sort(Comparator.comparingInt(Facet::count).reversed().thenComparing(Facet::value));
    List<Facet> ys = new ArrayList<>();
    years.forEach((y, n) -> ys.add(new Facet(String.valueOf(y), n)));
    ys.sort(Comparator.comparing(Facet::value).reversed());
    return new Counted(
        size,
        cats.subList(0, Math.min(FACET_VALUES, cats.size())),
        ys.subList(0, Math.min(FACET_VALUES, ys.size())));
  }

  private QueryResponse send(SolrQuery q) {
    try {
      return client.query(q, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw SolrFailures.unavailable(e);
    }
  }

  private static Ranking ranking(List<Hit> hits, boolean semantic, Counted c, MatchScope scope) {
    return new Ranking(hits, c.categories(), c.years(), semantic, c.size(), scope);
  }
}
