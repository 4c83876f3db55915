package dev.quire.web;

import dev.quire.map.PaperMap;
import dev.quire.map.PaperMaps;
import dev.quire.paper.DailyList;
import dev.quire.paper.DailyListRepository;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.search.PaperSearch;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.web.view.Dates;
import dev.quire.web.view.Link;
import dev.quire.web.view.MapView;
import dev.quire.web.view.MonthChart;
import dev.quire.web.view.SearchView;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Maps of papers: {@code /map?date|week|month=} (the papers of a period's list) and {@code
 * /search/map?q=} (a search's top results), plus {@code /search/months.svg?q=}, the matches of a
 * search per month.
 */
final class MapPageController {
  /** Results of a search that go on its map. */
  static final int SEARCH_MAP_SIZE = 500;

  /**
   * How long a rendered map page is reused while this process wrote nothing: bounds how late a
   * write by another process (a CLI import) shows.
   */
  static final Duration PAGE_TTL = Duration.ofSeconds(60);

  private static final String HTML = "text/html; charset=utf-8";

  private final PaperRepository papers;
  private final DailyList list;
  private final PaperSearch search;
  private final PaperMaps maps;
  private final Templates templates;
  private final PagePersonalizer pages;
  private final AnswerCache cache;
  private final Clock clock;

  MapPageController(
      PaperRepository papers,
      DailyList list,
      PaperSearch search,
      PaperMaps maps,
      Templates templates,
      PagePersonalizer pages,
      Clock clock) {
    this.papers = papers;
    this.list = list;
    this.search = search;
    this.maps = maps;
    this.templates = templates;
    this.pages = pages;
    this.cache =
        new AnswerCache(papers, PAGE_TTL, AnswerCache.DEFAULT_MAX_BYTES * 2, System::nanoTime);
    this.clock = clock;
  }

  /** The map of a day, week or month (default: the newest day with papers). */
  void period(Context ctx) {
    Period requested = Params.period(ctx);
    String key = "map " + (requested == null ? "latest" : requested.param());
    pages.send(ctx, cache.get(key, () -> periodPage(requested)));
  }

  private AnswerCache.Answer periodPage(Period requested) {
    Period period =
        requested != null ? requested : Period.day(list.latestDay().orElse(LocalDate.now(clock)));
    // the papers of the period's list (featured first, then announced), as the daily pages show
    Map<String, PaperMaps.Paper> listed = new LinkedHashMap<>();
    for (FeaturedPaper f :
        list.page(period, null, DailyListRepository.Order.UPVOTES, 0, PaperMaps.MAX_PAPERS).all()) {
      listed.putIfAbsent(f.paper().id(), new PaperMaps.Paper(f.paper().id(), f.paper().title()));
    }
    PaperMap map = maps.map(List.copyOf(listed.values()));
    MapView view =
        new MapView(
            Dates.title(period),
            "Map of the " + kindWord(period),
            Urls.period(period, null, 1),
            "Back to the list",
            Link.to(Dates.shortTitle(period.previous()), url(period.previous())),
            Link.to(Dates.shortTitle(period.next()), url(period.next())),
            map,
            null);
    return page(view);
  }

  /** The map of a search's top results. */
  void search(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (q.isEmpty()) {
      ctx.redirect("/search");
      return;
    }
    SearchQuery query = SearchPageController.parse(q, SearchPageController.MAX_QUERY_CHARS);
    pages.send(ctx, cache.get("search " + q, () -> searchPage(q, query)));
  }

  private AnswerCache.Answer searchPage(String q, SearchQuery query) {
    SearchResults results = search.search(query, SearchSort.RELEVANCE, 0, SEARCH_MAP_SIZE);
    List<PaperMaps.Paper> hits =
        results.hits().stream()
            .map(h -> new PaperMaps.Paper(h.paper().id(), h.paper().title()))
            .toList();
    MapView view =
        new MapView(
            q,
            "Map of a search",
            SearchView.url(q, SearchSort.RELEVANCE, 1),
            "Back to the results",
            null,
            null,
            maps.map(hits),
            monthsUrl(q));
    return page(view);
  }

  /** The rendered page, the same for every reader (personalised on the way out). */
  private AnswerCache.Answer page(MapView view) {
    String html = templates.render("map.jte", Map.of("view", view));
    return new AnswerCache.Answer(HTML, html.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Matches per month over a search's top results, as an SVG image. */
  void months(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    SortedMap<YearMonth, Integer> counts = new TreeMap<>();
    if (!q.isEmpty()) {
      SearchQuery query = SearchPageController.parse(q, SearchPageController.MAX_QUERY_CHARS);
      SearchResults results = search.search(query, SearchSort.RELEVANCE, 0, PaperSearch.MAX_DEPTH);
      for (SearchHit h : results.hits()) {
        if (h.paper().publishedAt() != null) {
          counts.merge(
              YearMonth.from(h.paper().publishedAt().atZone(ZoneOffset.UTC)), 1, Integer::sum);
        }
      }
    }
    ctx.header("Cache-Control", "max-age=60");
    ctx.contentType("image/svg+xml; charset=utf-8").result(MonthChart.svg(counts));
  }

  /** The chart of a search's matches per month. */
  static String monthsUrl(String q) {
    return "/search/months.svg?q=" + Urls.encode(q);
  }

  /** The map of a search. */
  static String searchMapUrl(String q) {
    return "/search/map?q=" + Urls.encode(q);
  }

  private static String url(Period p) {
    return "/map?" + p.paramName() + "=" + p.param();
  }

  private static String kindWord(Period p) {
    return switch (p.kind()) {
      case DAY -> "day";
      case WEEK -> "week";
      case MONTH -> "month";
    };
  }
}
