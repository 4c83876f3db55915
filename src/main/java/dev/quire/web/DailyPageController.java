package dev.quire.web;

import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.web.view.DailyView;
import dev.quire.web.view.Dates;
import dev.quire.web.view.Link;
import dev.quire.web.view.Pager;
import dev.quire.web.view.PaperCard;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily list pages: {@code /} (the newest day with papers) and {@code
 * /papers?date|week|month=...}.
 */
final class DailyPageController {
  /** A day is shown whole; this only guards against a pathological day. */
  static final int DAY_LIMIT = 500;

  /** Papers per page of a week or a month. */
  static final int PAGE_SIZE = 50;

  private static final String HTML = "text/html; charset=utf-8";
  private static final Set<String> SORTS = Set.of("upvotes", "date");

  private final PaperRepository papers;
  private final Templates templates;
  private final AnswerCache cache;
  private final PagePersonalizer pages;
  private final Clock clock;

  DailyPageController(
      PaperRepository papers,
      Templates templates,
      AnswerCache cache,
      PagePersonalizer pages,
      Clock clock) {
    this.papers = papers;
    this.templates = templates;
    this.cache = cache;
    this.pages = pages;
    this.clock = clock;
  }

  void home(Context ctx) {
    render(ctx, null);
  }

  void list(Context ctx) {
    render(ctx, Params.period(ctx));
  }

  private void render(Context ctx, Period requested) {
    String sort = Params.choice(ctx, "sort", "upvotes", SORTS);
    int page = Params.integer(ctx, "p", 1, 1, 100_000);
    String key =
        "page " + (requested == null ? "latest" : requested.param()) + " " + sort + " " + page;
    pages.send(ctx, cache.get(key, () -> answer(requested, sort, page)));
  }

  /** The rendered page; the same for every reader, so it may be served from the answer cache. */
  private AnswerCache.Answer answer(Period requested, String sort, int page) {
    LocalDate today = LocalDate.now(clock);
    Period period =
        requested != null ? requested : Period.day(papers.latestFeaturedDay().orElse(today));
    int size = period.kind() == Period.Kind.DAY ? DAY_LIMIT : PAGE_SIZE;
    DailyQuery.Sort order =
        sort.equals("date") ? DailyQuery.Sort.PUBLISHED : DailyQuery.Sort.UPVOTES;
    int offset = (page - 1) * size;
    List<FeaturedPaper> rows = papers.featured(period.query(order, offset, size + 1));
    boolean more = rows.size() > size;
    List<PaperCard> cards = rows.stream().limit(size).map(PaperCard::of).toList();
    Pager pager =
        new Pager(
            page,
            page > 1 ? Urls.period(period, sort, page - 1) : null,
            more ? Urls.period(period, sort, page + 1) : null);
    LocalDate anchor = anchorDay(period, today);
    DailyView view =
        new DailyView(
            period,
            anchor,
            tabs(period, anchor, sort),
            sorts(period, sort),
            previous(period, sort),
            next(period, sort),
            cards,
            pager,
            offset,
            requested == null);
    String html = templates.render("daily.jte", Map.of("view", view));
    return new AnswerCache.Answer(HTML, html.getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * The day the Daily tab opens: the day shown, or the newest day with papers within the week or
   * month.
   */
  private LocalDate anchorDay(Period period, LocalDate today) {
    if (period.kind() == Period.Kind.DAY) {
      return period.from();
    }
    LocalDate last = papers.featuredDayBefore(period.toExclusive()).orElse(null);
    if (last != null && !last.isBefore(period.from())) {
      return last;
    }
    return today.isBefore(period.toExclusive()) && !today.isBefore(period.from())
        ? today
        : period.from();
  }

  private static List<Link> tabs(Period period, LocalDate anchor, String sort) {
    return List.of(
        tab("Daily", Period.day(anchor), period, sort),
        tab("Weekly", Period.weekOf(anchor), period, sort),
        tab("Monthly", Period.monthOf(anchor), period, sort));
  }

  private static Link tab(String label, Period target, Period shown, String sort) {
    return new Link(label, Urls.period(target, sort, 1), target.kind() == shown.kind());
  }

  private static List<Link> sorts(Period period, String sort) {
    return List.of(
        new Link("Most upvoted", Urls.period(period, "upvotes", 1), sort.equals("upvotes")),
        new Link("Newest", Urls.period(period, "date", 1), sort.equals("date")));
  }

  private Link previous(Period period, String sort) {
    if (period.kind() == Period.Kind.DAY) {
      return papers.featuredDayBefore(period.from()).map(d -> dayLink(d, sort)).orElse(null);
    }
    boolean older = papers.featuredDayBefore(period.from()).isPresent();
    return older ? periodLink(period.previous(), sort) : null;
  }

  private Link next(Period period, String sort) {
    LocalDate last = period.toExclusive().minusDays(1);
    if (period.kind() == Period.Kind.DAY) {
      return papers.featuredDayAfter(last).map(d -> dayLink(d, sort)).orElse(null);
    }
    boolean newer = papers.featuredDayAfter(last).isPresent();
    return newer ? periodLink(period.next(), sort) : null;
  }

  private static Link dayLink(LocalDate day, String sort) {
    return periodLink(Period.day(day), sort);
  }

  private static Link periodLink(Period p, String sort) {
    return Link.to(Dates.shortTitle(p), Urls.period(p, sort, 1));
  }
}
