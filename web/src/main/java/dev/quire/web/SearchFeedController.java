package dev.quire.web;

import dev.quire.feed.FeedInfo;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.PaperSearch;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.web.view.Urls;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * GET /feed/search.atom?q=: the newest papers matching a search as an Atom feed, so a saved search
 * is a feed.
 */
final class SearchFeedController {
  static final String PATH = "/feed/search.atom";
  static final int MAX_ENTRIES = 50;

  private final PaperSearch search;
  private final PaperRepository papers;
  private final SiteInfo site;
  private final Clock clock;

  SearchFeedController(PaperSearch search, PaperRepository papers, SiteInfo site, Clock clock) {
    this.search = search;
    this.papers = papers;
    this.site = site;
    this.clock = clock;
  }

  void feed(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("q is required: the search the feed follows");
    }
    SearchQuery query = SearchPageController.parse(q, SearchPageController.MAX_QUERY_CHARS);
    SearchResults results = search.search(query, SearchSort.DATE, 0, MAX_ENTRIES);
    List<Paper> found = results.hits().stream().map(SearchHit::paper).toList();
    List<FeaturedPaper> items = FeedItems.of(papers, found, clock);
    String base = site.base(ctx);
    String self = base + PATH + "?q=" + Urls.encode(q);
    FeedInfo info =
        new FeedInfo(
            self,
            site.name() + " — search: " + q,
            self,
            base + "/search?q=" + Urls.encode(q),
            site.name(),
            base + "/papers/",
            clock.instant());
    FeedAnswers.send(ctx, info, items); // Atom, or JSON Feed at /feed/search.json
  }
}
