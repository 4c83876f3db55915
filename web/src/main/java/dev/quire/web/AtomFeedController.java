package dev.quire.web;

import dev.quire.feed.FeedInfo;
import dev.quire.paper.CategoryFilter;
import dev.quire.paper.DailyList;
import dev.quire.paper.DailyListRepository;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Period;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * GET /feed/daily.atom: the papers of the newest day with papers as an Atom feed, featured ones
 * first, each part most upvoted first.
 */
final class AtomFeedController {
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  static final String PATH = "/feed/daily.atom";

  /** A busy arXiv day lists a few hundred papers in all; a feed shows the first of them. */
  static final int MAX_ENTRIES = 100;

  private final DailyList papers;
  private final SiteInfo site;
  private final Clock clock;
  private final AnswerCache cache;

  AtomFeedController(DailyList papers, AnswerCache cache, SiteInfo site, Clock clock) {
    this.papers = papers;
    this.site = site;
    this.clock = clock;
    this.cache = cache;
  }

  void daily(Context ctx) {
    String base = site.base(ctx);
    CategoryFilter filter = CategoryChoice.ofQuery(ctx);
    String key = base + ctx.path() + (filter == null ? "" : "?cat=" + filter.code());
    FeedAnswers.sendCached(ctx, cache.get(key, () -> feed(ctx, base, filter)));
  }

  private AnswerCache.Answer feed(Context ctx, String base, CategoryFilter filter) {
    List<FeaturedPaper> latest =
        papers
            .latestDay()
            .map(
                day ->
                    papers
                        .page(
                            Period.day(day),
                            filter,
                            DailyListRepository.Order.DAY_THEN_UPVOTES,
                            0,
                            MAX_ENTRIES)
                        .all())
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
