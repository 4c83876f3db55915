package dev.quire.mcp;

import static dev.quire.mcp.PaperTools.props;
import static dev.quire.mcp.ToolArgs.property;

import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.paper.TrendingList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tools that list featured papers: a day, week or month, and trending. */
final class ListTools {
  static final int MAX_LIST = 100;

  private final PaperRepository papers;
  private final TrendingList trending;
  private final Clock clock;

  ListTools(PaperRepository papers, Clock clock) {
    this.papers = papers;
    this.trending = new TrendingList(papers, clock);
    this.clock = clock;
  }

  List<McpTool> tools() {
    return List.of(
        SimpleTool.of(
            "list_papers",
            "List a day's, week's or month's papers",
            "The papers featured on a day, in an ISO week or in a month (give at most one of date,"
                + " week, month; none: the newest featured day).",
            true,
            props(
                "date", property("string", "a day, YYYY-MM-DD"),
                "week", property("string", "an ISO week, YYYY-Www, e.g. 2026-W34"),
                "month", property("string", "a month, YYYY-MM"),
                "sort", property("string", "upvotes (default) or date"),
                "limit", property("integer", "how many, 1 to " + MAX_LIST + " (30)")),
            List.of(),
            this::list),
        SimpleTool.of(
            "trending_papers",
            "List trending papers",
            "Papers of the last "
                + TrendingList.WINDOW_DAYS
                + " featured days by time-decayed upvotes, as on /trending.",
            true,
            props("limit", property("integer", "how many, 1 to 50 (20)")),
            List.of(),
            this::trending));
  }

  private Object list(ToolCall call) {
    Period period =
        PeriodArgs.period(
            call.args(), Period.day(papers.latestFeaturedDay().orElse(LocalDate.now(clock))));
    String sort = call.args().choice("sort", "upvotes", List.of("upvotes", "date"));
    int limit = call.args().integer("limit", 30, 1, MAX_LIST);
    List<FeaturedPaper> rows =
        papers.featured(
            period.query(
                sort.equals("date") ? DailyQuery.Sort.PUBLISHED : DailyQuery.Sort.UPVOTES,
                0,
                limit));
    Map<String, Object> head = new LinkedHashMap<>();
    head.put(period.paramName(), period.param());
    head.put("url", call.links().base() + "/papers?" + period.paramName() + "=" + period.param());
    return PaperSummary.list(distinct(rows), call.links(), head);
  }

  private Object trending(ToolCall call) {
    int limit = call.args().integer("limit", 20, 1, 50);
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("from", trending.from().toString());
    head.put("url", call.links().base() + "/trending");
    return PaperSummary.list(distinct(trending.top(limit)), call.links(), head);
  }

  private static List<dev.quire.paper.Paper> distinct(List<FeaturedPaper> rows) {
    Map<String, dev.quire.paper.Paper> out = new LinkedHashMap<>();
    for (FeaturedPaper f : rows) {
      out.putIfAbsent(f.paper().id(), f.paper());
    }
    return List.copyOf(out.values());
  }
}
