package dev.quire.mcp;

import static dev.quire.mcp.ToolArgs.property;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.PaperSearch;
import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** Tools that read papers: search, one paper, one paper as Markdown, similar papers. */
final class PaperTools {
  static final int MAX_QUERY_CHARS = 250;
  static final int MAX_RESULTS = 50;

  private final PaperRepository papers;
  private final PaperSearch search;
  private final BiFunction<Paper, String, String> markdown;

  /**
   * @param markdown the paper as Markdown, given the paper and the site's base URL
   */
  PaperTools(
      PaperRepository papers, PaperSearch search, BiFunction<Paper, String, String> markdown) {
    this.papers = papers;
    this.search = search;
    this.markdown = markdown;
  }

  List<McpTool> tools() {
    return List.of(
        SimpleTool.of(
            "search_papers",
            "Search papers",
            "Hybrid keyword + semantic search over the papers on this server. The query understands"
                + " words, \"exact phrases\", author:NAME, cat:cs.CL (or cat:cs), org:NAME,"
                + " after:YYYY[-MM[-DD]], before:..., and an arXiv id or URL.",
            true,
            props(
                "query", property("string", "what to search for, in the syntax above"),
                "limit", property("integer", "how many results, 1 to " + MAX_RESULTS + " (10)"),
                "sort", property("string", "relevance (default), date or upvotes")),
            List.of("query"),
            this::search),
        SimpleTool.of(
            "get_paper",
            "Get a paper",
            "One paper by arXiv id: title, authors, abstract, AI summary, links.",
            true,
            props("id", property("string", "arXiv id, e.g. 2504.08385")),
            List.of("id"),
            call -> PaperSummary.of(paper(call), call.links(), true)),
        SimpleTool.of(
            "get_paper_markdown",
            "Read a paper as Markdown",
            "One paper as a Markdown document (title, authors, links, abstract, AI summary).",
            true,
            props("id", property("string", "arXiv id, e.g. 2504.08385")),
            List.of("id"),
            call -> markdown.apply(paper(call), call.links().base())),
        SimpleTool.of(
            "similar_papers",
            "Find similar papers",
            "Papers most like the given one, nearest by meaning first.",
            true,
            props(
                "id", property("string", "arXiv id of the paper to start from"),
                "limit", property("integer", "how many, 1 to " + MAX_RESULTS + " (10)")),
            List.of("id"),
            this::similar));
  }

  private Object search(ToolCall call) {
    String q = call.args().string("query");
    if (q.length() > MAX_QUERY_CHARS) {
      throw new ToolArgs.BadArgument(
          "query", "must be at most " + MAX_QUERY_CHARS + " characters; got " + q.length());
    }
    int limit = call.args().integer("limit", 10, 1, MAX_RESULTS);
    String sort = call.args().choice("sort", "relevance", List.of("relevance", "date", "upvotes"));
    SearchQuery query;
    try {
      query = QuerySyntax.parse(q);
    } catch (IllegalArgumentException e) {
      throw new ToolArgs.BadArgument("query", e.getMessage());
    }
    SearchResults results =
        search.search(query, SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)), 0, limit);
    List<Paper> found = new ArrayList<>();
    if (results.jumpTo() != null) {
      papers.find(results.jumpTo()).ifPresent(found::add);
    }
    for (SearchHit h : results.hits()) {
      if (!h.paper().id().equals(results.jumpTo())) {
        found.add(h.paper());
      }
    }
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("query", q);
    head.put("matches", Math.max(results.matches(), found.size()));
    head.put("matchesAtLeast", results.matchesAtLeast());
    head.put("searchUrl", call.links().search(q));
    return PaperSummary.list(found.subList(0, Math.min(limit, found.size())), call.links(), head);
  }

  private Object similar(ToolCall call) {
    Paper p = paper(call);
    int limit = call.args().integer("limit", 10, 1, MAX_RESULTS);
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("of", p.id());
    head.put("ofUrl", call.links().paper(p.id()));
    return PaperSummary.list(search.similar(p.id(), limit), call.links(), head);
  }

  private Paper paper(ToolCall call) {
    String id = call.args().arxivId("id");
    return papers
        .find(id)
        .orElseThrow(() -> new ToolArgs.BadArgument("id", "names no paper on this server: " + id));
  }

  static Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
