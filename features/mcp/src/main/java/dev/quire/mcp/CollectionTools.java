package dev.quire.mcp;

import static dev.quire.mcp.PaperTools.props;
import static dev.quire.mcp.ToolArgs.property;

import dev.quire.account.AccountException;
import dev.quire.account.AuthenticatedUser;
import dev.quire.account.NotAllowedException;
import dev.quire.collection.Collection;
import dev.quire.collection.CollectionItem;
import dev.quire.collection.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Tools on the calling reader's collections; they need the reader's Bearer API token. */
final class CollectionTools {
  private final Collections collections;

  CollectionTools(Collections collections) {
    this.collections = collections;
  }

  List<McpTool> tools() {
    Map<String, Object> change =
        props(
            "collection", property("string", "the collection's id (from list_my_collections)"),
            "paper_id", property("string", "arXiv id of the paper"));
    return List.of(
        SimpleTool.of(
            "list_my_collections",
            "List my collections",
            "The calling reader's collections with their papers. Needs an API token"
                + " (Authorization: Bearer).",
            true,
            props(),
            List.of(),
            this::mine),
        SimpleTool.of(
            "add_paper_to_collection",
            "Add a paper to my collection",
            "Adds a paper to one of the calling reader's collections. Needs an API token.",
            false,
            change,
            List.of("collection", "paper_id"),
            call -> change(call, true)),
        SimpleTool.of(
            "remove_paper_from_collection",
            "Remove a paper from my collection",
            "Removes a paper from one of the calling reader's collections. Needs an API token.",
            false,
            change,
            List.of("collection", "paper_id"),
            call -> change(call, false)));
  }

  private Object mine(ToolCall call) {
    AuthenticatedUser user = call.user();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Collection c : collections.ofUser(user)) {
      Map<String, Object> m = describe(c, call.links());
      List<Map<String, Object>> papers = new ArrayList<>();
      for (CollectionItem item : collections.items(c)) {
        papers.add(
            Map.of(
                "id", item.paperId(),
                "url", call.links().paper(item.paperId()),
                "addedAt", item.addedAt().toString()));
      }
      m.put("papers", papers);
      out.add(m);
    }
    return Map.of("count", out.size(), "collections", out);
  }

  private Object change(ToolCall call, boolean add) {
    AuthenticatedUser user = call.writer();
    String id = call.args().string("collection");
    String paperId = call.args().arxivId("paper_id");
    Collection c =
        collectionArgument(
            () -> {
              if (!add) {
                return collections.remove(user, id, paperId);
              }
              return collections
                  .add(user, id, paperId)
                  .orElseThrow(
                      () ->
                          new ToolArgs.BadArgument(
                              "paper_id", "names no paper on this server: " + paperId));
            });
    Map<String, Object> m = describe(c, call.links());
    m.put(add ? "added" : "removed", paperId);
    m.put("paperUrl", call.links().paper(paperId));
    m.put("size", collections.items(c).size());
    return m;
  }

  private static Collection collectionArgument(Supplier<Collection> action) {
    try {
      return action.get();
    } catch (Collections.NoSuchCollectionException e) {
      throw new ToolArgs.BadArgument("collection", "names no collection of yours");
    } catch (NotAllowedException | AccountException e) {
      throw new ToolArgs.BadArgument("collection", "cannot be changed: " + e.getMessage());
    }
  }

  private static Map<String, Object> describe(Collection c, Links links) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("description", c.description());
    m.put("public", c.isPublic());
    m.put("url", links.collection(c.id()));
    return m;
  }
}
