package dev.quire.web.view;

import dev.quire.search.Facet;
import dev.quire.search.MatchScope;
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
 * @param error what is wrong with the query (a bad filter), or null
 */
public record SearchView(
    String q, SearchSort sort, SearchResults results, Pager pager, String error) {

  public SearchView(String q, SearchSort sort, SearchResults results, Pager pager) {
    this(q, sort, results, pager, null);
  }

  /** The search page for a query that cannot be read, saying why. */
  public static SearchView error(String q, SearchSort sort, String error) {
    return new SearchView(q, sort, null, Pager.single(), error);
  }

  /** "index building: N of M papers" while the index is incomplete, else null. */
  public String indexing() {
    return results == null || results.indexing() == null ? null : results.indexing().describe();
  }

  /** The respelt query ("did you mean"), or null. */
  public String suggestion() {
    return results == null ? null : results.suggestion();
  }

  /** The search URL of the respelt query, filters kept. */
  public String suggestionUrl() {
    String text = results.query().text();
    String respelt =
        !text.isEmpty() && q.contains(text) ? q.replace(text, suggestion()) : suggestion();
    return url(respelt, sort, 1);
  }

  /** The arXiv id asked for when this hub does not have the paper, else null. */
  public String missingId() {
    return results == null ? null : results.missingId();
  }

  /** Which papers the facets count. */
  public String facetScope() {
    if (results.scope() == MatchScope.TOP_RESULTS) {
      return "Counted over the " + number(results.total()) + " ranked results";
    }
    return results.matches() == 1
        ? "Counted over the 1 matching paper"
        : "Counted over the " + number(results.matches()) + " matching papers";
  }

  /** "1,611". */
  public static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The hits of this page. */
  public List<SearchHit> hits() {
    return results == null ? List.of() : results.hits();
  }

  /**
   * What was counted: "57 papers have all the words", "1 paper matches the filters"; when no paper
   * has all the words, what the results are instead.
   */
  public String countLabel() {
    if (results == null) {
      return "";
    }
    long n = results.matches();
    String more = results.matchesAtLeast() ? "+" : "";
    return switch (results.scope()) {
      case ALL_WORDS ->
          n == 1 ? "1 paper has all the words" : number(n) + more + " papers have all the words";
      case FILTERS ->
          n == 1 ? "1 paper matches the filters" : number(n) + more + " papers match the filters";
      case ANY_WORD ->
          "No paper has all the words; "
              + (n == 1 ? "1 paper has some of them" : number(n) + " papers have some of them");
      case TOP_RESULTS ->
          results.semantic()
              ? "No paper has all the words; these are the closest by keywords and meaning"
              : "No paper has all the words; these have some of them";
    };
  }

  /** Whether to say that meaning took part in the ranking (not said when nothing matched). */
  public boolean rankedByMeaning() {
    return results != null && results.semantic() && results.scope() == MatchScope.ALL_WORDS;
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

  /** "Mar 3, 2025" as ISO for a time element, or empty. */
  public static String publishedIso(SearchHit h) {
    return h.paper().publishedAt() == null
        ? ""
        : h.paper().publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }

  /** The first three author names, comma-separated. */
  public static String authorNames(SearchHit h) {
    return String.join(
        ", ", h.paper().authors().stream().limit(NAMED_AUTHORS).map(a -> a.name()).toList());
  }

  /** "+14 authors" when more than three, else empty. */
  public static String moreAuthors(SearchHit h) {
    int more = h.paper().authors().size() - NAMED_AUTHORS;
    return more <= 0 ? "" : "+" + more + (more == 1 ? " author" : " authors");
  }

  /** "1 upvote" / "5 upvotes". */
  public static String upvotes(SearchHit h) {
    int n = h.paper().upvotes();
    return number(n) + (n == 1 ? " upvote" : " upvotes");
  }

  /** "1 comment" / "5 comments". */
  public static String comments(SearchHit h) {
    int n = h.paper().numComments();
    return number(n) + (n == 1 ? " comment" : " comments");
  }

  /** An id usable in HTML id attributes. */
  public static String domId(SearchHit h) {
    return h.paper().id().replaceAll("[^A-Za-z0-9]", "-");
  }

  private static final int NAMED_AUTHORS = 3;

  /** The first three authors, comma-separated, with "et al." when there are more. */
  public static String authors(SearchHit h) {
    var names = h.paper().authors().stream().limit(3).map(a -> a.name()).toList();
    return String.join(", ", names) + (h.paper().authors().size() > 3 ? " et al." : "");
  }
}
