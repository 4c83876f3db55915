package dev.quire.web;

import dev.quire.feed.FeedInfo;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.TrendingList;
import dev.quire.search.PaperSearch;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Feeds of the lists that had none: trending ({@code /feed/trending.atom}), an organisation ({@code
 * /feed/organizations/{name}.atom}), an author ({@code /feed/authors/{name}.atom}) and an arXiv
 * category ({@code /feed/categories/{cat}.atom}); each also as JSON Feed at {@code .json}.
 */
final class ListFeedController {
  static final int MAX_ENTRIES = 50;

  private final PaperRepository papers;
  private final PaperSearch search;
  private final TrendingList trending;
  private final AnswerCache cache;
  private final SiteInfo site;
  private final Clock clock;

  ListFeedController(
      PaperRepository papers, PaperSearch search, AnswerCache cache, SiteInfo site, Clock clock) {
    this.papers = papers;
    this.search = search;
    this.trending = new TrendingList(papers, clock);
    this.cache = cache;
    this.site = site;
    this.clock = clock;
  }

  void trending(Context ctx) {
    String base = site.base(ctx);
    FeedAnswers.sendCached(
        ctx,
        cache.get(
            "feed " + base + ctx.path(),
            () ->
                FeedAnswers.answer(
                    ctx,
                    info(base, "/feed/trending.atom", "Trending papers", "/trending"),
                    trending.top(MAX_ENTRIES))));
  }

  void organization(Context ctx) {
    String name = name(ctx);
    Organization org =
        papers
            .findOrganization(name)
            .orElseThrow(() -> new NotFoundResponse("organization " + name + " not found"));
    String base = site.base(ctx);
    FeedAnswers.sendCached(
        ctx,
        cache.get(
            "feed " + base + ctx.path(),
            () ->
                FeedAnswers.answer(
                    ctx,
                    info(
                        base,
                        "/feed/organizations/" + Urls.encode(org.name()) + ".atom",
                        "Papers of " + (org.fullname() == null ? org.name() : org.fullname()),
                        Urls.organization(org.name())),
                    papers.byOrganization(org.name(), 0, MAX_ENTRIES))));
  }

  void author(Context ctx) {
    String name = name(ctx);
    SearchQuery q =
        new SearchQuery("", List.of(), List.of(name), List.of(), List.of(), null, null, null);
    String base = site.base(ctx);
    FeedInfo info =
        info(
            base,
            "/feed/authors/" + Urls.encode(name) + ".atom",
            "Papers by " + name,
            Urls.author(name));
    FeedAnswers.send(ctx, info, newest(q));
  }

  void category(Context ctx) {
    String cat = name(ctx);
    SearchQuery q =
        new SearchQuery(
            "",
            List.of(),
            List.of(),
            List.of(cat.toLowerCase(Locale.ROOT)),
            List.of(),
            null,
            null,
            null);
    String base = site.base(ctx);
    FeedInfo info =
        info(
            base,
            "/feed/categories/" + Urls.encode(cat) + ".atom",
            "New in " + cat,
            Urls.category(cat));
    FeedAnswers.send(ctx, info, newest(q));
  }

  /** The path's last segment without .atom or .json. */
  private static String name(Context ctx) {
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    String name = file.substring(0, dot < 0 ? file.length() : dot).strip();
    if (name.isEmpty() || (!file.endsWith(".atom") && !file.endsWith(".json"))) {
      throw new NotFoundResponse("no feed at " + ctx.path() + "; feeds end in .atom or .json");
    }
    return name;
  }

  private FeedInfo info(String base, String atomPath, String title, String page) {
    return new FeedInfo(
        base + atomPath,
        site.name() + " — " + title,
        base + atomPath,
        base + page,
        site.name(),
        base + "/papers/",
        clock.instant());
  }

  /** The newest papers of a filter, as feed entries dated by featuring or publication. */
  private List<FeaturedPaper> newest(SearchQuery q) {
    List<Paper> found =
        search.search(q, SearchSort.DATE, 0, MAX_ENTRIES).hits().stream()
            .map(SearchHit::paper)
            .toList();
    return FeedItems.of(papers, found, clock);
  }
}
