package dev.quire.web;

import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Trending;
import dev.quire.web.view.PaperCard;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /trending}: the papers featured in the last week up to the newest featured day, ordered by
 * the time-decayed {@link Trending} score of their upvotes (imported plus this site's).
 */
final class TrendingPageController {
  /** Days looked back from the newest featured day. */
  static final int WINDOW_DAYS = 7;

  /** Papers shown. */
  static final int SHOWN = 50;

  /** Rows the score is computed over. */
  static final int CANDIDATES = 2_000;

  private final PaperRepository papers;
  private final Templates templates;
  private final AnswerCache cache;
  private final PagePersonalizer pages;
  private final Trending trending;
  private final Clock clock;

  TrendingPageController(
      PaperRepository papers,
      Templates templates,
      AnswerCache cache,
      PagePersonalizer pages,
      Clock clock) {
    this.papers = papers;
    this.templates = templates;
    this.cache = cache;
    this.pages = pages;
    this.trending = new Trending(clock);
    this.clock = clock;
  }

  void show(Context ctx) {
    pages.send(ctx, cache.get("page trending", this::answer));
  }

  private AnswerCache.Answer answer() {
    LocalDate last = papers.latestFeaturedDay().orElse(LocalDate.now(clock));
    List<FeaturedPaper> rows =
        papers.featured(
            new DailyQuery(
                last.minusDays(WINDOW_DAYS - 1),
                last.plusDays(1),
                null,
                DailyQuery.Sort.UPVOTES,
                0,
                CANDIDATES));
    List<PaperCard> cards =
        trending.sort(rows).stream()
            .filter(f -> f.paper().upvotes() > 0)
            .limit(SHOWN)
            .map(PaperCard::of)
            .toList();
    String html =
        templates.render(
            "trending.jte", Map.of("cards", cards, "from", last.minusDays(WINDOW_DAYS - 1)));
    return new AnswerCache.Answer(
        "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
  }
}
