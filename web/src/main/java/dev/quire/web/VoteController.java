package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.paper.ArxivId;
import dev.quire.vote.Votes;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * Upvotes: a toggle form on every card and paper page (answering JSON to the page's script, a
 * redirect back without it), and {@code POST|DELETE /api/papers/{id}/upvote} for API clients.
 */
final class VoteController {
  private final Votes votes;

  VoteController(Votes votes) {
    this.votes = votes;
  }

  /** {@code POST /papers/{id}/vote}: flips the reader's vote. */
  void toggle(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String id = paperId(ctx);
    Votes.State state = votes.toggle(user.id(), id).orElseThrow(() -> noPaper(id));
    if (wantsJson(ctx)) {
      ctx.json(Map.of("id", id, "voted", state.voted(), "upvotes", state.upvotes()));
      return;
    }
    String back = ctx.header("Referer");
    ctx.redirect(sameSite(ctx, back) ? back : Urls.paper(id), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /api/papers/{id}/upvote}: votes (idempotent). */
  void upvote(Context ctx) {
    set(ctx, true);
  }

  /** {@code DELETE /api/papers/{id}/upvote}: withdraws the vote (idempotent). */
  void withdraw(Context ctx) {
    set(ctx, false);
  }

  private void set(Context ctx, boolean up) {
    AuthenticatedUser user = Auth.required(ctx);
    String id = paperId(ctx);
    Votes.State state = votes.set(user.id(), id, up).orElseThrow(() -> noPaper(id));
    ctx.json(Map.of("id", id, "voted", state.voted(), "upvotes", state.upvotes()));
  }

  static String paperId(Context ctx) {
    String raw = ctx.pathParam("id");
    return ArxivId.parse(raw).orElseThrow(() -> noPaper(raw));
  }

  private static NotFoundResponse noPaper(String id) {
    return new NotFoundResponse("no paper with id " + id);
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  /** True for a Referer on this site, which is safe to redirect back to. */
  static boolean sameSite(Context ctx, String url) {
    if (url == null || ctx.host() == null) {
      return false;
    }
    return url.startsWith("http://" + ctx.host() + "/")
        || url.startsWith("https://" + ctx.host() + "/");
  }
}
