package dev.quire.web;

import dev.quire.feed.FeedInfo;
import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * GET /feed/daily.atom: the papers of the newest featured day as an Atom feed, most upvoted first.
 */
final class AtomFeedController {
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  static final String PATH = "/feed/daily.atom";

  /** A day rarely lists more than fifty papers; this bounds a feed all the same. */
  static final int MAX_ENTRIES = 100;

  private final PaperRepository papers;
  private final SiteInfo site;
  private final Clock clock;
  private final AnswerCache cache;

  AtomFeedController(PaperRepository papers, AnswerCache cache, SiteInfo site, Clock clock) {
    this.papers = papers;
    this.site = site;
    this.clock = clock;
    this.cache = cache;
  }

  void daily(Context ctx) {
    String base = site.base(ctx);
    cache.get(base + ctx.path(), () -> feed(ctx, base)).sendTo(ctx);
  }

  private AnswerCache.Answer feed(Context ctx, String base) {
    List<FeaturedPaper> latest =
        papers
            .latestFeaturedDay()
            .map(
                day ->
                    papers.featured(
                        new DailyQuery(
                            day,
                            day.plusDays(1),
                            null,
                            DailyQuery.Sort.DAY_THEN_UPVOTES,
                            0,
                            MAX_ENTRIES)))
            .orElse(List.of());
    FeedInfo feed =
        new FeedInfo(
            base + PATH,
            site.name() + " — Daily Papers",
            base + PATH,
            base + "/",
            site.name(),
            base + "/papers/",
            clock.instant());
    return FeedAnswers.answer(ctx, feed, latest); // Atom, or JSON Feed at /feed/daily.json
  }
}
