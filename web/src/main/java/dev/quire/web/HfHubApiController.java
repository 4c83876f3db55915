package dev.quire.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quire.collection.Collection;
import dev.quire.collection.CollectionItem;
import dev.quire.collection.Collections;
import dev.quire.paper.ArxivId;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rest of the Hugging Face Hub API that {@code huggingface_hub} calls for papers: {@code GET
 * /api/organizations/{name}/overview} ({@code HfApi.get_organization_overview}) and {@code GET
 * /api/collections?item=papers/{id}} ({@code HfApi.list_collections}).
 */
final class HfHubApiController {
  static final int DEFAULT_COLLECTIONS = 20;
  static final int MAX_COLLECTIONS = 100;

  /** HF truncates the items of each listed collection to four. */
  static final int LISTED_ITEMS = 4;

  private final PaperRepository papers;
  private final Collections collections;
  private final SiteInfo site;

  HfHubApiController(PaperRepository papers, Collections collections, SiteInfo site) {
    this.papers = papers;
    this.collections = collections;
    this.site = site;
  }

  /** An organisation as huggingface_hub's {@code Organization} reads it. */
  record OrganizationOverview(
      @JsonProperty("_id") String id,
      String name,
      String fullname,
      String avatarUrl,
      String type,
      int numPapers) {}

  void organizationOverview(Context ctx) {
    String name = ctx.pathParam("name");
    Organization org =
        papers
            .findOrganization(name)
            .orElseThrow(() -> new NotFoundResponse("organization " + name + " not found"));
    ctx.json(
        new OrganizationOverview(
            org.hfId(),
            org.name(),
            org.fullname(),
            org.avatarUrl(),
            "org",
            papers.countByOrganization(org.name())));
  }

  /** A collection as huggingface_hub's {@code Collection} reads it (no {@code position}). */
  record HubCollection(
      String slug,
      String title,
      String description,
      Map<String, String> owner,
      List<HubItem> items,
      String lastUpdated,
      @JsonProperty("private") boolean isPrivate,
      String theme,
      int upvotes,
      String url) {}

  /** A paper in a collection as huggingface_hub's {@code CollectionItem} reads it. */
  record HubItem(
      @JsonProperty("_id") String objectId,
      String id,
      String type,
      int position,
      String title,
      int upvotes) {}

  void collections(Context ctx) {
    String item = Params.blankToNull(ctx.queryParam("item"));
    String paperId = null;
    if (item != null) {
      String raw = item.startsWith("papers/") ? item.substring("papers/".length()) : null;
      paperId = raw == null ? null : ArxivId.parse(raw).orElse(null);
      if (paperId == null) {
        throw new BadRequestResponse(
            "item must name a paper as papers/{arXiv id}, e.g. papers/2504.08385; got '"
                + item
                + "' (Quire's collections hold papers only)");
      }
    }
    String owner = Params.blankToNull(ctx.queryParam("owner"));
    int limit = Params.integer(ctx, "limit", DEFAULT_COLLECTIONS, 1, MAX_COLLECTIONS);
    String base = site.base(ctx);
    List<HubCollection> out = new ArrayList<>();
    for (Collection c : collections.publicOnes(paperId, owner, limit)) {
      out.add(hub(c, base));
    }
    ctx.json(out);
  }

  private HubCollection hub(Collection c, String base) {
    List<CollectionItem> items = collections.items(c);
    List<String> shown = items.stream().limit(LISTED_ITEMS).map(CollectionItem::paperId).toList();
    Map<String, Paper> found = papers.findAll(shown);
    List<HubItem> hubItems = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Paper p = found.get(shown.get(i));
      hubItems.add(
          new HubItem(
              c.id() + "/" + shown.get(i),
              shown.get(i),
              "paper",
              i,
              p == null ? null : p.title(),
              p == null ? 0 : p.upvotes()));
    }
    return new HubCollection(
        c.id(),
        c.name(),
        c.description(),
        Map.of("name", c.owner(), "type", "user"),
        hubItems,
        HfPaperMapper.time(c.updatedAt()),
        !c.isPublic(),
        "default",
        0,
        base + "/collections/" + c.id());
  }
}
