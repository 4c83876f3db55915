package dev.quire.mcp;

import static dev.quire.mcp.PaperTools.props;
import static dev.quire.mcp.ToolArgs.property;

import dev.quire.foryou.ForYou;
import dev.quire.foryou.Reason;
import dev.quire.foryou.Suggestion;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reader's For you list; needs the reader's API token. */
final class ForYouTools {
  static final int MAX = 50;

  private final ForYou forYou;
  private final PaperRepository papers;

  ForYouTools(ForYou forYou, PaperRepository papers) {
    this.forYou = forYou;
    this.papers = papers;
  }

  List<McpTool> tools() {
    return List.of(
        SimpleTool.of(
            "for_you",
            "My For you papers",
            "The calling reader's For you list: papers of a day, week or month ranked by what they"
                + " upvoted, collected and follow, each with the reasons. Needs an API token"
                + " (Authorization: Bearer). Default: the week of the newest day.",
            true,
            props(
                "date", property("string", "a day, YYYY-MM-DD"),
                "week", property("string", "an ISO week, YYYY-Www"),
                "month", property("string", "a month, YYYY-MM"),
                "limit", property("integer", "how many, 1 to " + MAX + " (20)")),
            List.of(),
            this::forYou));
  }

  private Object forYou(ToolCall call) {
    String userId = call.user().id();
    Period period = PeriodArgs.period(call.args(), Period.weekOf(forYou.latestDay()));
    int limit = call.args().integer("limit", 20, 1, MAX);
    List<Suggestion> suggestions = forYou.papersFor(userId, period, limit);
    Map<String, Paper> found =
        papers.findAll(suggestions.stream().map(Suggestion::paperId).toList());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Suggestion s : suggestions) {
      Paper p = found.get(s.paperId());
      if (p != null) {
        Map<String, Object> m = PaperSummary.of(p, call.links(), false);
        m.put("reasons", s.reasons().stream().map(Reason::text).toList());
        m.put("new", s.isNew());
        out.add(m);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(period.paramName(), period.param());
    result.put("url", call.links().base() + "/for-you");
    result.put("count", out.size());
    result.put("papers", out);
    return result;
  }
}
