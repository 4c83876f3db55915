package dev.quire.web;

import dev.quire.feed.AtomFeedWriter;
import dev.quire.feed.FeedInfo;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Organization;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final AtomFeedWriter writer = new AtomFeedWriter();

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
    Map<String, List<DailyEntry>> entries =
        papers.entriesOf(found.stream().map(Paper::id).toList());
    Set<String> orgNames = new LinkedHashSet<>();
    found.forEach(
        p -> {
          if (p.organization() != null) {
            orgNames.add(p.organization());
          }
        });
    Map<String, Organization> orgs = papers.findOrganizations(orgNames);
    List<FeaturedPaper> items = new ArrayList<>();
    for (Paper p : found) {
      List<DailyEntry> featured = entries.getOrDefault(p.id(), List.of());
      DailyEntry e = featured.isEmpty() ? published(p) : featured.get(0);
      items.add(
          new FeaturedPaper(e, p, p.organization() == null ? null : orgs.get(p.organization())));
    }
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
    ctx.contentType(AtomFeedController.CONTENT_TYPE).result(writer.write(info, items));
  }

  /** An entry dated by the paper's publication, for papers never featured. */
  private DailyEntry published(Paper p) {
    Instant at = p.publishedAt() == null ? clock.instant() : p.publishedAt();
    return new DailyEntry(p.id(), at.atZone(ZoneOffset.UTC).toLocalDate(), at, null, null, null);
  }
}
