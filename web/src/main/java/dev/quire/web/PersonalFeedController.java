package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.account.Secrets;
import dev.quire.feed.FeedInfo;
import dev.quire.foryou.ForYouServices;
import dev.quire.foryou.Inbox;
import dev.quire.foryou.Reason;
import dev.quire.foryou.Suggestion;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader's For you and inbox outside the site: private Atom feeds under a secret URL ({@code
 * /feeds/{secret}/for-you.atom}, {@code /feeds/{secret}/inbox.atom}) and JSON ({@code GET
 * /api/for-you}, {@code GET /api/inbox}, with a session or a Bearer token).
 */
final class PersonalFeedController {
  static final int FEED_ENTRIES = 50;

  private final ForYouServices services;
  private final PaperRepository papers;
  private final SiteInfo site;
  private final Clock clock;

  PersonalFeedController(
      ForYouServices services, PaperRepository papers, SiteInfo site, Clock clock) {
    this.services = services;
    this.papers = papers;
    this.site = site;
    this.clock = clock;
  }

  void forYouAtom(Context ctx) {
    String userId = owner(ctx);
    Period week = Period.weekOf(services.forYou().latestDay());
    Period period =
        new Period(Period.Kind.WEEK, week.toExclusive().minusDays(7), week.toExclusive());
    List<String> ids =
        services.forYou().papersFor(userId, period, FEED_ENTRIES).stream()
            .map(Suggestion::paperId)
            .toList();
    atom(ctx, userId, "for-you", "For you", papers.cards(ids));
  }

  void inboxAtom(Context ctx) {
    String userId = owner(ctx);
    List<String> ids =
        services.inbox().items(userId).stream()
            .limit(FEED_ENTRIES)
            .map(Inbox.Item::paperId)
            .toList();
    atom(ctx, userId, "inbox", "Inbox", papers.cards(ids));
  }

  private String owner(Context ctx) {
    return services
        .feedSecrets()
        .userOf(ctx.pathParam("secret"))
        .orElseThrow(() -> new NotFoundResponse("no feed at this address; it may have been reset"));
  }

  private void atom(
      Context ctx, String userId, String name, String title, List<FeaturedPaper> entries) {
    String base = site.base(ctx);
    String self = base + ctx.path();
    FeedInfo feed =
        new FeedInfo(
            "urn:quire:" + name + ":" + Secrets.digest(userId).substring(0, 24),
            site.name() + " — " + title,
            self,
            base + "/" + name,
            site.name(),
            base + "/papers/",
            clock.instant());
    List<FeaturedPaper> dated = entries.stream().map(PersonalFeedController::dated).toList();
    ctx.header("Cache-Control", "private, no-store");
    FeedAnswers.send(ctx, feed, dated); // Atom, or JSON Feed at the .json twin
  }

  /** A paper never featured dates its feed entry by its first publication. */
  private static FeaturedPaper dated(FeaturedPaper f) {
    if (f.entry() != null) {
      return f;
    }
    java.time.Instant at =
        f.paper().publishedAt() != null ? f.paper().publishedAt() : java.time.Instant.EPOCH;
    return new FeaturedPaper(
        new DailyEntry(
            f.paper().id(),
            at.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            at,
            null,
            null,
            null),
        f.paper(),
        f.organization());
  }

  /** {@code GET /api/for-you?date|week|month=&limit=}. */
  void forYouJson(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    Period requested = Params.period(ctx);
    Period period = requested != null ? requested : Period.day(services.forYou().latestDay());
    int limit = Params.integer(ctx, "limit", 50, 1, 200);
    List<Suggestion> suggestions = services.forYou().papersFor(user.id(), period, limit);
    Map<String, FeaturedPaper> cards = byId(suggestions.stream().map(Suggestion::paperId).toList());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Suggestion s : suggestions) {
      FeaturedPaper f = cards.get(s.paperId());
      if (f != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", HfPaperMapper.paper(f.paper(), f.entry(), f.organization()));
        m.put("score", Math.round(s.score() * 10_000) / 10_000.0);
        m.put("reasons", s.reasons().stream().map(Reason::text).toList());
        m.put("new", s.isNew());
        out.add(m);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(period.paramName(), period.param());
    body.put("weights", services.forYou().weights());
    body.put("papers", out);
    ctx.header("Cache-Control", "private, no-store");
    ctx.json(body);
  }

  /** {@code GET /api/inbox}. */
  void inboxJson(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    List<Inbox.Item> items = services.inbox().items(user.id());
    Map<String, FeaturedPaper> cards = byId(items.stream().map(Inbox.Item::paperId).toList());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Inbox.Item i : items) {
      FeaturedPaper f = cards.get(i.paperId());
      if (f != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", HfPaperMapper.paper(f.paper(), f.entry(), f.organization()));
        m.put("day", i.day().toString());
        m.put("reasons", i.reasons().stream().map(Reason::text).toList());
        m.put("read", i.read());
        out.add(m);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unread", items.stream().filter(i -> !i.read()).count());
    body.put("papers", out);
    ctx.header("Cache-Control", "private, no-store");
    ctx.json(body);
  }

  private Map<String, FeaturedPaper> byId(List<String> ids) {
    Map<String, FeaturedPaper> out = new HashMap<>();
    papers.cards(ids).forEach(f -> out.put(f.paper().id(), f));
    return out;
  }
}
