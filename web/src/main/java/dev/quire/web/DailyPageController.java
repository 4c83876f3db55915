package dev.quire.web;

import dev.quire.paper.ArxivTaxonomy;
import dev.quire.paper.CategoryFilter;
import dev.quire.paper.DailyList;
import dev.quire.paper.DailyListRepository;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.web.view.CategoryTab;
import dev.quire.web.view.DailyView;
import dev.quire.web.view.Dates;
import dev.quire.web.view.Link;
import dev.quire.web.view.ListedCard;
import dev.quire.web.view.Pager;
import dev.quire.web.view.PaperCard;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily list pages: {@code /} (the newest day with papers) and {@code
 * /papers?date|week|month=...}, featured papers first, then the papers announced on arXiv, narrowed
 * to the reader's category when one is chosen.
 */
final class DailyPageController {
  /**
   * Papers per page of a day: a Hugging Face day fits on one page, a busy arXiv day (300 physics
   * papers) takes a few.
   */
  static final int DAY_LIMIT = 100;

  /** Papers per page of a week or a month. */
  static final int PAGE_SIZE = 50;

  private static final String HTML = "text/html; charset=utf-8";
  private static final Set<String> SORTS = Set.of("upvotes", "date");

  private final PaperRepository papers;
  private final DailyList list;
  private final Templates templates;
  private final AnswerCache cache;
  private final PagePersonalizer pages;
  private final Clock clock;

  DailyPageController(
      PaperRepository papers,
      DailyList list,
      Templates templates,
      AnswerCache cache,
      PagePersonalizer pages,
      Clock clock) {
    this.papers = papers;
    this.list = list;
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
    CategoryFilter filter = CategoryChoice.of(ctx);
    String key =
        "page "
            + (requested == null ? "latest" : requested.param())
            + " "
            + sort
            + " "
            + page
            + " "
            + (filter == null ? "" : filter.code());
    ctx.header("Vary", "Cookie");
    pages.send(ctx, cache.get(key, () -> answer(requested, sort, page, filter)));
  }

  /** The rendered page; the same for every reader of a category, so it may be cached. */
  private AnswerCache.Answer answer(
      Period requested, String sort, int page, CategoryFilter filter) {
    LocalDate today = LocalDate.now(clock);
    Period period = requested != null ? requested : Period.day(list.latestDay().orElse(today));
    int size = period.kind() == Period.Kind.DAY ? DAY_LIMIT : PAGE_SIZE;
    DailyListRepository.Order order =
        sort.equals("date") ? DailyListRepository.Order.NEWEST : DailyListRepository.Order.UPVOTES;
    int offset = (page - 1) * size;
    DailyList.Page found = list.page(period, filter, order, offset, size);
    List<ListedCard> cards = new ArrayList<>();
    for (FeaturedPaper f : found.featured()) {
      cards.add(new ListedCard(PaperCard.of(f), true, null));
    }
    for (FeaturedPaper f : found.announced()) {
      boolean cross = filter != null && filter.crossListed(f.paper());
      cards.add(new ListedCard(PaperCard.of(f), false, cross ? primary(f) : null));
    }
    int pagesTotal = Math.max(1, (found.total() + size - 1) / size);
    Pager pager =
        new Pager(
            page,
            page > 1 ? Urls.period(period, sort, page - 1) : null,
            page < pagesTotal ? Urls.period(period, sort, page + 1) : null,
            pagesTotal);
    LocalDate anchor = anchorDay(period, today);
    Map<String, Integer> counts = list.categoryCounts(period);
    int periodTotal = filter == null ? found.total() : list.page(period, null, order, 0, 0).total();
    DailyView view =
        new DailyView(
            period,
            anchor,
            tabs(period, anchor, sort),
            sorts(period, sort),
            previous(period, sort, filter),
            next(period, sort, filter),
            cards,
            pager,
            offset,
            requested == null,
            found.total(),
            found.featuredTotal(),
            categoryTabs(period, sort, counts, periodTotal, filter),
            filter == null ? null : filter.code(),
            periodTotal,
            periodTotal > 0 || papers.countPapers() > 0);
    String html = templates.render("daily.jte", Map.of("view", view));
    return new AnswerCache.Answer(HTML, html.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String primary(FeaturedPaper f) {
    String p = f.paper().primaryCategory();
    return p != null ? p : f.paper().categories().get(0);
  }

  /**
   * "All", the archives with papers in the period (most papers first), then the categories of the
   * chosen archive.
   */
  private static List<CategoryTab> categoryTabs(
      Period period, String sort, Map<String, Integer> counts, int total, CategoryFilter filter) {
    if (counts.isEmpty()) {
      return List.of();
    }
    String chosen = filter == null ? null : filter.code();
    String chosenArchive = chosen == null ? null : ArxivTaxonomy.archiveOf(chosen);
    List<CategoryTab> out = new ArrayList<>();
    out.add(
        new CategoryTab(
            null,
            total,
            Urls.period(period, sort, 1) + "&cat=" + CategoryChoice.ALL,
            chosen == null));
    Comparator<Map.Entry<String, Integer>> byCount =
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());
    counts.entrySet().stream()
        .filter(e -> e.getKey().indexOf('.') < 0)
        .sorted(byCount)
        .forEach(e -> out.add(tab(period, sort, e.getKey(), e.getValue(), chosen)));
    if (chosenArchive != null) {
      counts.entrySet().stream()
          .filter(e -> e.getKey().startsWith(chosenArchive + "."))
          .sorted(byCount)
          .forEach(e -> out.add(tab(period, sort, e.getKey(), e.getValue(), chosen)));
    }
    return out;
  }

  private static CategoryTab tab(
      Period period, String sort, String code, int count, String chosen) {
    return new CategoryTab(
        code,
        count,
        Urls.period(period, sort, 1) + "&cat=" + Urls.encode(code),
        code.equals(chosen));
  }

  /**
   * The day the Daily tab opens: the day shown, or the newest day with papers within the week or
   * month.
   */
  private LocalDate anchorDay(Period period, LocalDate today) {
    if (period.kind() == Period.Kind.DAY) {
      return period.from();
    }
    LocalDate last = list.dayBefore(period.toExclusive()).orElse(null);
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

  private Link previous(Period period, String sort, CategoryFilter filter) {
    if (period.kind() == Period.Kind.DAY) {
      return list.dayBefore(period.from(), filter).map(d -> dayLink(d, sort)).orElse(null);
    }
    boolean older = list.dayBefore(period.from()).isPresent();
    return older ? periodLink(period.previous(), sort) : null;
  }

  private Link next(Period period, String sort, CategoryFilter filter) {
    LocalDate last = period.toExclusive().minusDays(1);
    if (period.kind() == Period.Kind.DAY) {
      return list.dayAfter(last, filter).map(d -> dayLink(d, sort)).orElse(null);
    }
    boolean newer = list.dayAfter(last).isPresent();
    return newer ? periodLink(period.next(), sort) : null;
  }

  private static Link dayLink(LocalDate day, String sort) {
    return periodLink(Period.day(day), sort);
  }

  private static Link periodLink(Period p, String sort) {
    return Link.to(Dates.shortTitle(p), Urls.period(p, sort, 1));
  }
}
