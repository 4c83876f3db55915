package dev.quire.web;

import dev.quire.paper.ArxivId;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /api/papers/{id}: one paper as Hugging Face's flat paper object; GET /api/papers: every paper
 * ordered by id, paged by an opaque cursor with a {@code Link: <...>; rel="next"} header while more
 * remain.
 */
final class PaperApiController {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  private static final Base64.Encoder CURSOR_ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder CURSOR_DECODER = Base64.getUrlDecoder();
  private static final int MAX_CURSOR_LENGTH = 64;

  private final PaperRepository papers;
  private final SiteInfo site;
  private final AnswerCache cache;

  PaperApiController(PaperRepository papers, AnswerCache cache, SiteInfo site) {
    this.papers = papers;
    this.site = site;
    this.cache = cache;
  }

  void show(Context ctx) {
    String raw = ctx.pathParam("id");
    String id =
        ArxivId.parse(raw)
            .orElseThrow(
                () ->
                    new BadRequestResponse(
                        "not an arXiv id: '"
                            + raw
                            + "'; expected e.g. 2504.08385, 2504.08385v2 or hep-th/9901001"));
    cache.get("paper " + id, () -> JsonResponses.answer(ctx, paper(id), null)).sendTo(ctx);
  }

  private HfJson.Paper paper(String id) {
    Paper paper =
        papers.find(id).orElseThrow(() -> new NotFoundResponse("paper " + id + " not found"));
    DailyEntry firstFeatured =
        papers.entriesOf(List.of(id)).getOrDefault(id, List.of()).stream().findFirst().orElse(null);
    Organization org =
        paper.organization() == null
            ? null
            : papers.findOrganization(paper.organization()).orElse(null);
    return HfPaperMapper.paper(paper, firstFeatured, org);
  }

  void list(Context ctx) {
    String after = cursor(ctx);
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    String base = site.base(ctx);
    cache
        .get("papers " + base + ' ' + after + ' ' + limit, () -> page(ctx, base, after, limit))
        .sendTo(ctx);
  }

  private AnswerCache.Answer page(Context ctx, String base, String after, int limit) {
    List<Paper> found = papers.page(after, limit + 1);
    boolean more = found.size() > limit;
    List<Paper> page = more ? found.subList(0, limit) : found;

    List<String> ids = page.stream().map(Paper::id).toList();
    Map<String, List<DailyEntry>> entries = papers.entriesOf(ids);
    Set<String> orgNames = new LinkedHashSet<>();
    for (Paper p : page) {
      if (p.organization() != null) {
        orgNames.add(p.organization());
      }
    }
    Map<String, Organization> orgs = papers.findOrganizations(orgNames);
    List<HfJson.Paper> out = new ArrayList<>(page.size());
    for (Paper p : page) {
      List<DailyEntry> featured = entries.getOrDefault(p.id(), List.of());
      out.add(
          HfPaperMapper.paper(
              p,
              featured.isEmpty() ? null : featured.get(0),
              p.organization() == null ? null : orgs.get(p.organization())));
    }
    String link = null;
    if (more) {
      String next =
          base
              + "/api/papers?cursor="
              + encodeCursor(page.get(page.size() - 1).id())
              + "&limit="
              + limit;
      link = "<" + next + ">; rel=\"next\"";
    }
    return JsonResponses.answer(ctx, out, link);
  }

  /** The opaque cursor that continues after the paper with this id. */
  static String encodeCursor(String lastId) {
    return CURSOR_ENCODER.encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The id the cursor parameter continues after, or null for the first page; 400 when it is not
   * ours.
   */
  private static String cursor(Context ctx) {
    String raw = Params.blankToNull(ctx.queryParam("cursor"));
    if (raw == null) {
      return null;
    }
    Optional<String> id = Optional.empty();
    if (raw.length() <= MAX_CURSOR_LENGTH) {
      try {
        String decoded = new String(CURSOR_DECODER.decode(raw.strip()), StandardCharsets.UTF_8);
        id = ArxivId.parse(decoded).filter(decoded::equals);
      } catch (IllegalArgumentException e) {
        // not base64url: reported below
      }
    }
    String shown =
        raw.length() <= MAX_CURSOR_LENGTH ? raw : raw.substring(0, MAX_CURSOR_LENGTH) + "...";
    return id.orElseThrow(
        () ->
            new BadRequestResponse(
                "cursor is not one this API gave out (use the Link header of the previous page); got '"
                    + shown
                    + "'"));
  }
}
