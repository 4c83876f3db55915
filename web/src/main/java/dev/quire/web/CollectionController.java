package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.collection.BibTexWriter;
import dev.quire.collection.Collection;
import dev.quire.collection.CollectionItem;
import dev.quire.collection.Collections;
import dev.quire.feed.FeedInfo;
import dev.quire.paper.ArxivId;
import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.vote.Votes;
import dev.quire.web.view.PaperCard;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collections: the signed-in user's list at {@code /collections}, one collection's page with its
 * Atom feed, BibTeX and JSON exports, and the forms that change them.
 */
final class CollectionController {
  private static final String BIBTEX = ".bib";
  private static final String JSON = ".json";
  static final String BIBTEX_TYPE = "application/x-bibtex; charset=utf-8";

  private final Collections collections;
  private final PaperRepository papers;
  private final Votes votes;
  private final Templates templates;
  private final SiteInfo site;
  private final BibTexWriter bibtex = new BibTexWriter();

  CollectionController(
      Collections collections,
      PaperRepository papers,
      Votes votes,
      Templates templates,
      SiteInfo site) {
    this.collections = collections;
    this.papers = papers;
    this.votes = votes;
    this.templates = templates;
    this.site = site;
  }

  /** The signed-in reader's own collections, for the "Add to collection" select; else empty. */
  List<Collection> mineOrNone(Context ctx) {
    return Auth.current(ctx).map(collections::ofUser).orElse(List.of());
  }

  /** Public collections listed on {@code /collections}. */
  static final int PUBLIC_LIMIT = 200;

  /**
   * {@code GET /collections}: the public collections of everyone, open without signing in, and for
   * a signed-in reader also their own (private ones included) and a form to create one.
   */
  void mine(Context ctx) {
    List<Collection> own = Auth.current(ctx).map(collections::ofUser).orElse(List.of());
    templates.render(
        ctx,
        "collections.jte",
        Map.of("collections", own, "publicCollections", collections.publicOnes(PUBLIC_LIMIT)));
  }

  /** {@code POST /collections} with {@code name}, {@code description}, {@code visibility}. */
  void create(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    Boolean visibility = visibility(ctx);
    Collection c =
        collections.create(
            user,
            ctx.formParam("name"),
            ctx.formParam("description"),
            visibility == null || visibility);
    ctx.redirect(url(c.id()), HttpStatus.SEE_OTHER);
  }

  /** {@code GET /collections/{id}}, {@code {id}.bib} and {@code {id}.json}. */
  void show(Context ctx) {
    String raw = ctx.pathParam("id");
    AuthenticatedUser reader = Auth.current(ctx).orElse(null);
    if (raw.endsWith(BIBTEX)) {
      Collection c = readable(ctx, reader, raw.substring(0, raw.length() - BIBTEX.length()));
      ctx.contentType(BIBTEX_TYPE).result(bibtex.write(papersOf(c)));
      return;
    }
    if (raw.endsWith(JSON)) {
      Collection c = readable(ctx, reader, raw.substring(0, raw.length() - JSON.length()));
      ctx.json(json(c));
      return;
    }
    Collection c = readable(ctx, reader, raw);
    boolean owner = reader != null && c.ownedBy(reader.id());
    List<PaperCard> cards =
        papersOf(c).stream().map(p -> PaperCard.of(new FeaturedPaper(null, p, null))).toList();
    Set<String> voted = reader == null ? Set.of() : votes.votedBy(reader.id());
    Map<String, Object> params = new HashMap<>();
    params.put("collection", c);
    params.put("cards", cards);
    params.put("voted", voted);
    params.put("owner", owner);
    templates.render(ctx, "collection.jte", params);
  }

  /** {@code GET /collections/{id}/feed.atom}: its papers, most recently added first. */
  void feed(Context ctx) {
    String id = ctx.pathParam("id");
    Collection c = readable(ctx, Auth.current(ctx).orElse(null), id);
    String base = site.base(ctx);
    List<CollectionItem> items = collections.items(c);
    Map<String, Paper> found =
        papers.findShown(items.stream().map(CollectionItem::paperId).toList());
    List<FeaturedPaper> entries = new ArrayList<>();
    for (CollectionItem item : items) {
      Paper p = found.get(item.paperId());
      if (p != null) {
        DailyEntry added =
            new DailyEntry(
                p.id(),
                item.addedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                item.addedAt(),
                c.owner(),
                null,
                null);
        entries.add(new FeaturedPaper(added, p, null));
      }
    }
    String self = base + url(c.id()) + "/feed.atom";
    FeedInfo info =
        new FeedInfo(
            self,
            site.name() + " — " + c.name(),
            self,
            base + url(c.id()),
            c.owner(),
            base + "/papers/",
            c.updatedAt());
    FeedAnswers.send(ctx, info, entries); // Atom, or JSON Feed at /collections/{id}/feed.json
  }

  /** {@code POST /collections/{id}}: rename, describe, make public or private. */
  void edit(Context ctx) {
    Collection c =
        collections.update(
            Auth.required(ctx),
            ctx.pathParam("id"),
            ctx.formParam("name"),
            ctx.formParam("description"),
            visibility(ctx));
    ctx.redirect(url(c.id()), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /collections/{id}/delete}. */
  void delete(Context ctx) {
    collections.delete(Auth.required(ctx), ctx.pathParam("id"));
    ctx.redirect("/collections", HttpStatus.SEE_OTHER);
  }

  /** {@code POST /collections/{id}/papers} with {@code paper} = an arXiv id. */
  void add(Context ctx) {
    add(ctx, ctx.pathParam("id"), ctx.formParam("paper"));
  }

  /** {@code POST /papers/{id}/collections} with {@code collection} = a collection id. */
  void addFromPaper(Context ctx) {
    String collection = ctx.formParam("collection");
    if (collection == null || collection.isBlank()) {
      throw new BadRequestResponse("choose a collection to add the paper to");
    }
    add(ctx, collection, ctx.pathParam("id"));
  }

  private void add(Context ctx, String id, String rawPaper) {
    AuthenticatedUser user = Auth.required(ctx);
    String raw = rawPaper == null ? "" : rawPaper.strip();
    String paperId =
        ArxivId.parse(raw)
            .orElseThrow(() -> new BadRequestResponse("'" + raw + "' is not an arXiv id"));
    collections
        .add(user, id, paperId)
        .orElseThrow(
            () -> new NotFoundResponse("no paper with id " + paperId + " has been imported"));
    ctx.redirect(url(id), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /collections/{id}/papers/<paperId>/remove}. */
  void remove(Context ctx) {
    String raw = ctx.pathParam("paperId");
    String paperId =
        ArxivId.parse(raw)
            .orElseThrow(() -> new NotFoundResponse("'" + raw + "' is not an arXiv id"));
    Collection c = collections.remove(Auth.required(ctx), ctx.pathParam("id"), paperId);
    ctx.redirect(url(c.id()), HttpStatus.SEE_OTHER);
  }

  private Collection readable(Context ctx, AuthenticatedUser reader, String id) {
    Collection c = collections.readable(reader, id);
    if (!c.isPublic()) {
      ctx.header("Cache-Control", "private, no-store");
    }
    return c;
  }

  private List<Paper> papersOf(Collection c) {
    List<CollectionItem> items = collections.items(c);
    Map<String, Paper> found =
        papers.findShown(items.stream().map(CollectionItem::paperId).toList());
    return items.stream().map(i -> found.get(i.paperId())).filter(p -> p != null).toList();
  }

  private Map<String, Object> json(Collection c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("description", c.description());
    m.put("owner", c.owner());
    m.put("public", c.isPublic());
    m.put("createdAt", c.createdAt().toString());
    m.put("updatedAt", c.updatedAt().toString());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Paper p : papersOf(c)) {
      Map<String, Object> paper = new LinkedHashMap<>();
      paper.put("id", p.id());
      paper.put("title", p.title());
      paper.put("authors", p.authors().stream().map(Author::name).toList());
      paper.put("publishedAt", p.publishedAt() == null ? null : p.publishedAt().toString());
      paper.put("url", p.absUrl());
      list.add(paper);
    }
    m.put("papers", list);
    return m;
  }

  /** The {@code visibility} field: public, private, or absent (null). */
  private static Boolean visibility(Context ctx) {
    String v = ctx.formParam("visibility");
    if (v == null || v.isEmpty()) {
      return null;
    }
    return switch (v) {
      case "public" -> true;
      case "private" -> false;
      default ->
          throw new BadRequestResponse("visibility must be public or private; got '" + v + "'");
    };
  }

  static String url(String id) {
    return "/collections/" + id;
  }
}
