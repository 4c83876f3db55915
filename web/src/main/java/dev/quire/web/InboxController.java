package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.foryou.Follows;
import dev.quire.foryou.Inbox;
import dev.quire.foryou.Suggestion;
import dev.quire.paper.PaperRepository;
import dev.quire.web.view.InboxView;
import dev.quire.web.view.SuggestionCard;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** {@code /inbox}: new papers from what the reader follows, read and unread. */
final class InboxController {
  private final Inbox inbox;
  private final Follows follows;
  private final PaperRepository papers;
  private final PagePersonalizer pages;

  InboxController(Inbox inbox, Follows follows, PaperRepository papers, PagePersonalizer pages) {
    this.inbox = inbox;
    this.follows = follows;
    this.papers = papers;
    this.pages = pages;
  }

  void show(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    List<Inbox.Item> items = inbox.items(user.id());
    List<SuggestionCard> cards =
        ForYouPageController.items(
            papers,
            items.stream()
                .map(i -> new Suggestion(i.paperId(), 0, i.reasons(), !i.read()))
                .toList());
    int unread = (int) items.stream().filter(i -> !i.read()).count();
    ctx.header("Cache-Control", "private, no-store");
    pages.render(
        ctx,
        "inbox.jte",
        Map.of("view", new InboxView(cards, unread, follows.of(user.id()).size(), Inbox.DAYS)));
  }

  void read(Context ctx) {
    inbox.markRead(Auth.required(ctx).id(), List.of(paper(ctx)));
    ctx.redirect(Back.of(ctx, "/inbox"), HttpStatus.SEE_OTHER);
  }

  void unread(Context ctx) {
    inbox.markUnread(Auth.required(ctx).id(), paper(ctx));
    ctx.redirect(Back.of(ctx, "/inbox"), HttpStatus.SEE_OTHER);
  }

  void readAll(Context ctx) {
    inbox.markAllRead(Auth.required(ctx).id());
    ctx.redirect(Back.of(ctx, "/inbox"), HttpStatus.SEE_OTHER);
  }

  /** {@code GET /api/inbox/count}: {"unread": N}, for the page header. */
  void count(Context ctx) {
    ctx.header("Cache-Control", "private, no-store");
    ctx.json(Map.of("unread", inbox.unreadCount(Auth.required(ctx).id())));
  }

  private static String paper(Context ctx) {
    String id = ctx.formParam("paper");
    if (id == null || id.isBlank() || id.length() > 100) {
      throw new BadRequestResponse("paper must be an arXiv id; got '" + id + "'");
    }
    return id.strip();
  }
}
