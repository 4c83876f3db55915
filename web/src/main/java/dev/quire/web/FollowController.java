package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.foryou.FeedSecrets;
import dev.quire.foryou.FollowKind;
import dev.quire.foryou.Follows;
import dev.quire.paper.PaperRepository;
import dev.quire.web.view.AuthorView;
import dev.quire.web.view.FollowsView;
import dev.quire.web.view.Pager;
import dev.quire.web.view.PaperCard;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * Follow and unfollow ({@code POST /follows}, {@code /follows/remove}), the page of what a reader
 * follows ({@code /follows}, with the private feed URLs), and author pages ({@code
 * /authors/{name}}).
 */
final class FollowController {
  /** Papers per author page. */
  static final int PAGE_SIZE = 30;

  private final Follows follows;
  private final FeedSecrets secrets;
  private final dev.quire.foryou.Inbox inbox;
  private final PaperRepository papers;
  private final PagePersonalizer pages;
  private final SiteInfo site;

  FollowController(
      Follows follows,
      FeedSecrets secrets,
      dev.quire.foryou.Inbox inbox,
      PaperRepository papers,
      PagePersonalizer pages,
      SiteInfo site) {
    this.follows = follows;
    this.secrets = secrets;
    this.inbox = inbox;
    this.papers = papers;
    this.pages = pages;
    this.site = site;
  }

  void follow(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    try {
      FollowKind kind = FollowKind.parse(ctx.formParam("kind"));
      follows.follow(user.id(), kind, ctx.formParam("key"), ctx.formParams("variant"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    inbox.changed(user.id());
    ctx.redirect(Back.of(ctx, "/follows"), HttpStatus.SEE_OTHER);
  }

  void unfollow(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    try {
      follows.unfollow(user.id(), FollowKind.parse(ctx.formParam("kind")), ctx.formParam("key"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    inbox.changed(user.id());
    ctx.redirect(Back.of(ctx, "/follows"), HttpStatus.SEE_OTHER);
  }

  void page(Context ctx) {
    render(ctx, Auth.required(ctx), null);
  }

  void resetFeeds(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    render(ctx, user, secrets.reset(user.id()));
  }

  private void render(Context ctx, AuthenticatedUser user, String secret) {
    FollowsView view =
        new FollowsView(
            follows.of(user.id()),
            secret,
            secrets.createdAt(user.id()).isPresent(),
            site.base(ctx));
    ctx.header("Cache-Control", "private, no-store");
    pages.render(ctx, "follows.jte", Map.of("view", view));
  }

  void author(Context ctx) {
    String name = ctx.pathParam("name").strip();
    int page = Params.integer(ctx, "p", 1, 1, 10_000);
    Follows.AuthorPage author = follows.author(name, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (author == null) {
      throw new NotFoundResponse("no paper lists an author named '" + name + "'");
    }
    List<PaperCard> cards = papers.cards(author.paperIds()).stream().map(PaperCard::of).toList();
    String base = AuthorView.href(name) + "?p=";
    Pager pager =
        new Pager(
            page, page > 1 ? base + (page - 1) : null, author.more() ? base + (page + 1) : null);
    boolean following =
        Auth.current(ctx).map(u -> follows.follows(u.id(), FollowKind.AUTHOR, name)).orElse(false);
    pages.render(
        ctx, "author.jte", Map.of("view", new AuthorView(author, cards, pager, following)));
  }
}
