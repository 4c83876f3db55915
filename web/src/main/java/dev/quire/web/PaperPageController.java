package dev.quire.web;

import dev.quire.paper.ArxivId;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.PaperSearch;
import dev.quire.vote.Votes;
import dev.quire.web.view.PaperView;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page of one paper, {@code /papers/{id}}, and its Markdown twin {@code /papers/{id}.md}. Ids
 * are normalised (version suffixes, "arXiv:" prefixes) and a non-canonical id redirects to the
 * canonical URL.
 */
final class PaperPageController {
  private static final String MARKDOWN_SUFFIX = ".md";

  private final PaperRepository papers;
  private final Templates templates;
  private final SiteInfo site;
  private final PaperSearch search;
  private final Votes votes;
  private final CommentController comments;
  private final CollectionController collections;

  /** Related papers shown beside a paper. */
  static final int RELATED = 6;

  PaperPageController(
      PaperRepository papers,
      PaperSearch search,
      Templates templates,
      SiteInfo site,
      Votes votes,
      CommentController comments,
      CollectionController collections) {
    this.votes = votes;
    this.comments = comments;
    this.collections = collections;
    this.papers = papers;
    this.search = search;
    this.templates = templates;
    this.site = site;
  }

  void show(Context ctx) {
    String raw = ctx.pathParam("id");
    boolean suffix = raw.endsWith(MARKDOWN_SUFFIX);
    // Accept: text/markdown asks for the Markdown too (as on Hugging Face)
    boolean markdown = suffix || acceptsMarkdown(ctx.header("Accept"));
    ctx.header("Vary", "Accept");
    String rawId = suffix ? raw.substring(0, raw.length() - MARKDOWN_SUFFIX.length()) : raw;
    String id =
        ArxivId.parse(rawId)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "'" + rawId + "' is not an arXiv id, so there is no paper for it"));
    java.util.Optional<Paper> found = papers.find(id);
    if (found.isEmpty() && !markdown) {
      // not on this hub: link it on arXiv and offer to add it
      ctx.status(404);
      ErrorMapper.handled(ctx);
      templates.render(ctx, "paper-missing.jte", Map.of("id", id));
      return;
    }
    Paper paper =
        found.orElseThrow(
            () -> new NotFoundResponse("no paper with id " + id + " has been imported"));
    if (!id.equals(rawId)) {
      ctx.redirect(Urls.paper(id) + (suffix ? MARKDOWN_SUFFIX : ""), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    if (markdown) {
      ctx.contentType("text/markdown; charset=utf-8")
          .result(PaperMarkdown.of(paper, site.base(ctx)));
      return;
    }
    Organization org =
        paper.organization() == null
            ? null
            : papers.findOrganization(paper.organization()).orElse(null);
    List<DailyEntry> entries = papers.entriesOf(List.of(id)).getOrDefault(id, List.of());
    boolean voted = Auth.current(ctx).map(u -> votes.votedBy(u.id()).contains(id)).orElse(false);
    Map<String, Object> params = new HashMap<>();
    params.put("view", new PaperView(paper, org, entries));
    params.put("voted", voted);
    params.put("comments", comments.views(ctx, id));
    params.put("collections", collections.mineOrNone(ctx));
    params.put("related", related(id));
    templates.render(ctx, "paper.jte", params);
  }

  /** Whether the Accept header names text/markdown (before any HTML type it may also name). */
  static boolean acceptsMarkdown(String accept) {
    if (accept == null) {
      return false;
    }
    int md = accept.indexOf("text/markdown");
    int html = accept.indexOf("text/html");
    return md >= 0 && (html < 0 || md < html);
  }

  /** Papers like this one; none while the search engine is unreachable (the page still works). */
  private java.util.List<dev.quire.paper.Paper> related(String id) {
    try {
      return search.similar(id, RELATED);
    } catch (dev.quire.search.SearchUnavailable e) {
      return java.util.List.of();
    }
  }
}
