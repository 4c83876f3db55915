package dev.quire.web;

import dev.quire.paper.PaperRepository;
import dev.quire.paper.TrendingList;
import dev.quire.web.view.PaperCard;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code /trending}: the papers featured in the last week up to the newest featured day, ordered by
 * the time-decayed {@link dev.quire.paper.Trending} score of their upvotes (imported plus this
 * site's).
 */
final class TrendingPageController {
  /** Papers shown. */
  static final int SHOWN = 50;

  private final Templates templates;
  private final AnswerCache cache;
  private final PagePersonalizer pages;
  private final TrendingList trending;

  TrendingPageController(
      PaperRepository papers,
      Templates templates,
      AnswerCache cache,
      PagePersonalizer pages,
      Clock clock) {
    this.templates = templates;
    this.cache = cache;
    this.pages = pages;
    this.trending = new TrendingList(papers, clock);
  }

  void show(Context ctx) {
    pages.send(ctx, cache.get("page trending", this::answer));
  }

  private AnswerCache.Answer answer() {
    List<PaperCard> cards = trending.top(SHOWN).stream().map(PaperCard::of).toList();
    String html = templates.render("trending.jte", Map.of("cards", cards, "from", trending.from()));
    return new AnswerCache.Answer(
        "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
  }
}
