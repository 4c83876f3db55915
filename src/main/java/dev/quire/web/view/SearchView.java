package dev.quire.web.view;

import dev.quire.search.Facet;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import java.util.List;
import java.util.Locale;

/**
 * The search page: query, hits, facets and pager.
 *
 * @param q the query as typed
 * @param sort the chosen order
 * @param results the results (null when nothing was asked)
 * @param pager previous/next links
 */
public record SearchView(String q, SearchSort sort, SearchResults results, Pager pager) {

  /** The hits of this page. */
  public List<SearchHit> hits() {
    return results == null ? List.of() : results.hits();
  }

  /**
   * How many papers match the words and filters: "1 paper matches", "57 papers match", "1,000+
   * papers match"; when none has the words, what the results are instead.
   */
  public String countLabel() {
    if (results == null) {
      return "";
    }
    long n = results.matches();
    if (n == 0 && results.semantic()) {
      return "No paper has these words; these are the closest in meaning";
    }
    if (results.matchesAtLeast()) {
      return String.format(Locale.ROOT, "%,d+ papers match", n);
    }
    return n == 1 ? "1 paper matches" : String.format(Locale.ROOT, "%,d papers match", n);
  }

  /** Whether to say that meaning took part in the ranking (not said when nothing matched). */
  public boolean rankedByMeaning() {
    return results != null && results.semantic() && results.matches() > 0;
  }

  public List<Facet> categories() {
    return results == null ? List.of() : results.categories();
  }

  public List<Facet> years() {
    return results == null ? List.of() : results.years();
  }

  /** The search URL of this query with one more filter. */
  public String refine(String filter) {
    return url(q.strip() + " " + filter, sort, 1);
  }

  /** The search URL of this query in another order. */
  public String sortUrl(SearchSort s) {
    return url(q, s, 1);
  }

  /** The Atom feed of this search. */
  public String feedUrl() {
    return "/feed/search.atom?q=" + Urls.encode(q);
  }

  /** The lower-case name of a sort, for labels and parameters. */
  public static String name(SearchSort s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** A search page URL. */
  public static String url(String q, SearchSort sort, int page) {
    return "/search?q="
        + Urls.encode(q)
        + (sort == SearchSort.RELEVANCE ? "" : "&sort=" + name(sort))
        + (page > 1 ? "&page=" + page : "");
  }

  /** "Mar 3, 2025" of the paper's publication, or empty. */
  public static String published(SearchHit h) {
    return h.paper().publishedAt() == null
        ? ""
        : Dates.day(h.paper().publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
  }

  /** The first three authors, comma-separated, with "et al." when there are more. */
  public static String authors(SearchHit h) {
    var names = h.paper().authors().stream().limit(3).map(a -> a.name()).toList();
    return String.join(", ", names) + (h.paper().authors().size() > 3 ? " et al." : "");
  }
}
