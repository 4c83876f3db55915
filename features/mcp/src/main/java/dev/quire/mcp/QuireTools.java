package dev.quire.mcp;

import dev.quire.collection.Collections;
import dev.quire.foryou.ForYou;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.PaperSearch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Every tool of Quire's MCP server, in the order {@code tools/list} shows them. */
public final class QuireTools {
  private QuireTools() {}

  /**
   * The tools; {@code markdown} renders a paper as Markdown given the site's base URL. A tool that
   * needs another service is added here with one more list entry, as For you was.
   */
  public static List<McpTool> all(
      PaperRepository papers,
      PaperSearch search,
      Collections collections,
      ForYou forYou,
      BiFunction<Paper, String, String> markdown,
      Clock clock) {
    List<McpTool> tools = new ArrayList<>();
    tools.addAll(new PaperTools(papers, search, markdown).tools());
    tools.addAll(new ListTools(papers, clock).tools());
    tools.addAll(new CollectionTools(collections).tools());
    tools.addAll(new ForYouTools(forYou, papers).tools());
    return List.copyOf(tools);
  }
}
