package dev.quire.web;

import dev.quire.search.PaperSearch;
import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.web.view.Pager;
import dev.quire.web.view.SearchView;
import dev.quire.web.view.Urls;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GET /search?q=: results with highlights, facets and pages; an arXiv id or URL goes straight to
 * the paper. GET /search/status: the index and embedding progress.
 */
final class SearchPageController {
  static final int PAGE_SIZE = 20;

  /** Long enough for a pasted abstract. */
  static final int MAX_QUERY_CHARS = 4000;

  private final PaperSearch search;
  private final Templates templates;
  private final PagePersonalizer pages;

  SearchPageController(PaperSearch search, Templates templates, PagePersonalizer pages) {
    this.search = search;
    this.templates = templates;
    this.pages = pages;
  }

  void show(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    SearchSort sort = sort(ctx);
    int maxPage = PaperSearch.MAX_DEPTH / PAGE_SIZE;
    int page = Params.integer(ctx, "page", 1, 1, maxPage);
    if (q.isBlank()) {
      templates.render(
          ctx, "search.jte", Map.of("view", new SearchView("", sort, null, Pager.single())));
      return;
    }
    SearchQuery query;
    try {
      query = parse(q, MAX_QUERY_CHARS);
    } catch (BadRequestResponse e) {
      // the search page again, saying which filter is wrong, with the query in the box to fix
      ctx.status(400);
      templates.render(
          ctx, "search.jte", Map.of("view", SearchView.error(q, sort, e.getMessage())));
      return;
    }
    SearchResults results = search.search(query, sort, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (results.jumpTo() != null) {
      ctx.redirect(Urls.paper(results.jumpTo()));
      return;
    }
    boolean more = page * PAGE_SIZE < results.total() && page < maxPage;
    Pager pager =
        new Pager(
            page,
            page > 1 ? SearchView.url(q, sort, page - 1) : null,
            more ? SearchView.url(q, sort, page + 1) : null);
    // rendered per reader (the follow button is theirs), with their upvotes pressed
    pages.renderForReader(
        ctx, "search.jte", Map.of("view", new SearchView(q, sort, results, pager)));
  }

  void status(Context ctx) {
    templates.render(ctx, "searchstatus.jte", Map.of("status", search.status()));
  }

  /** The sort parameter: relevance (default), date or upvotes. */
  static SearchSort sort(Context ctx) {
    String s = Params.choice(ctx, "sort", "relevance", Set.of("relevance", "date", "upvotes"));
    return SearchSort.valueOf(s.toUpperCase(Locale.ROOT));
  }

  /** The parsed q parameter; a 400 naming q when it is too long or has an unreadable filter. */
  static SearchQuery parse(String q, int maxChars) {
    if (q.length() > maxChars) {
      throw new BadRequestResponse(
          "q must be at most " + maxChars + " characters; got " + q.length());
    }
    try {
      return QuerySyntax.parse(q);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("The query has a filter that cannot be read: " + e.getMessage());
    }
  }
}
