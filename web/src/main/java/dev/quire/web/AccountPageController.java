package dev.quire.web;

import dev.quire.account.AccountException;
import dev.quire.account.Accounts;
import dev.quire.account.NewSession;
import dev.quire.paper.ArxivId;
import dev.quire.paper.PaperRepository;
import dev.quire.vote.Votes;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign up, sign in (applying the upvote an anonymous reader asked for), sign out, email
 * confirmation (by POST, so opening a link signs nobody in) and password reset pages.
 */
final class AccountPageController {
  private final Accounts accounts;
  private final AccessControl access;
  private final Templates templates;
  private final Votes votes;
  private final PaperRepository papers;

  AccountPageController(
      Accounts accounts,
      AccessControl access,
      Templates templates,
      Votes votes,
      PaperRepository papers) {
    this.accounts = accounts;
    this.access = access;
    this.templates = templates;
    this.votes = votes;
    this.papers = papers;
  }

  void signUpForm(Context ctx) {
    form(ctx, "signup.jte", Map.of());
  }

  void signUp(Context ctx) {
    String email = field(ctx, "email");
    String name = field(ctx, "name");
    try {
      accounts.signUp(email, name, ctx.formParam("password"), ClientAddress.of(ctx));
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, "signup.jte", Map.of("email", email, "name", name, "error", e.getMessage()));
      return;
    }
    notice(
        ctx,
        "Check your mail",
        MailDelivery.sentTo(accounts.mailReachesInboxes(), email)
            + " Open the link in it to confirm your address and sign in. If this address already"
            + " has an account, the mail says so instead.");
  }

  void signInForm(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("next", next(ctx.queryParam("next")));
    String vote = voteId(ctx.queryParam("vote"));
    if (vote != null) {
      params.put("vote", vote);
      params.put("voteTitle", papers.find(vote).map(p -> p.title()).orElse(vote));
    }
    form(ctx, "signin.jte", params);
  }

  void signIn(Context ctx) {
    String email = field(ctx, "email");
    String next = next(ctx.formParam("next"));
    String vote = voteId(ctx.formParam("vote"));
    NewSession session;
    try {
      session =
          accounts.signIn(
              email,
              ctx.formParam("password"),
              ClientAddress.of(ctx),
              ctx.cookie(AccessControl.DEVICE_COOKIE));
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      Map<String, Object> params = new HashMap<>();
      params.put("email", email);
      params.put("next", next);
      params.put("error", e.getMessage());
      if (vote != null) {
        params.put("vote", vote);
        params.put("voteTitle", vote);
      }
      form(ctx, "signin.jte", params);
      return;
    }
    startSession(ctx, session);
    if (vote != null) {
      votes.set(session.user().id(), vote, true);
    }
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  void signOut(Context ctx) {
    accounts.signOut(ctx.cookie(AccessControl.SESSION_COOKIE));
    access.endSession(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** GET /verify: a button that confirms; opening the link alone changes nothing. */
  void verifyForm(Context ctx) {
    form(ctx, "verify.jte", Map.of("token", field(ctx.queryParam("token"))));
  }

  /** POST /verify: confirms the address and signs in. */
  void verify(Context ctx) {
    NewSession session = accounts.verify(ctx.formParam("token"));
    startSession(ctx, session);
    ctx.redirect("/welcome", HttpStatus.SEE_OTHER);
  }

  /** GET /welcome: where a confirmed reader lands. */
  void welcome(Context ctx) {
    notice(
        ctx,
        "Welcome, " + Auth.required(ctx).name(),
        "Your address is confirmed and you are signed in. Upvote papers, comment, keep"
            + " collections, and get a digest by mail from your settings.");
  }

  void forgotForm(Context ctx) {
    form(ctx, "forgot.jte", Map.of());
  }

  void forgot(Context ctx) {
    accounts.requestReset(field(ctx, "email"), ClientAddress.of(ctx));
    notice(
        ctx,
        "Check your mail",
        "If an account uses that address, "
            + MailDelivery.resetNote(accounts.mailReachesInboxes())
            + " The link works once, within one hour.");
  }

  void resetForm(Context ctx) {
    form(ctx, "reset.jte", Map.of("token", field(ctx.queryParam("token"))));
  }

  void reset(Context ctx) {
    String token = field(ctx, "token");
    boolean revokeTokens = !"keep".equals(ctx.formParam("tokens"));
    try {
      accounts.resetPassword(token, ctx.formParam("password"), revokeTokens);
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, "reset.jte", Map.of("token", token, "error", e.getMessage()));
      return;
    }
    notice(
        ctx,
        "Password changed",
        "Your password is changed and every session is signed out"
            + (revokeTokens ? ", and your API tokens are revoked" : "")
            + ". Sign in with the new password.");
  }

  private void startSession(Context ctx, NewSession session) {
    int maxAge = (int) Duration.between(Instant.now(), session.expires()).toSeconds();
    access.startSession(ctx, session, Math.max(60, maxAge));
  }

  private void form(Context ctx, String template, Map<String, Object> params) {
    access.ensureAnonymousCsrf(ctx);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, template, params);
  }

  private void notice(Context ctx, String title, String message) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", title);
    params.put("message", message);
    templates.render(ctx, "notice.jte", params);
  }

  /**
   * A local path to return to after signing in; anything else becomes "/". Browsers drop tabs and
   * newlines from URLs and read '\' as '/', so a path holding any control character or backslash,
   * or one that does not parse as a bare path, is refused.
   */
  static String next(String raw) {
    if (raw == null
        || raw.length() > 500
        || !raw.startsWith("/")
        || raw.startsWith("//")
        || raw.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
      return "/";
    }
    try {
      java.net.URI uri = new java.net.URI(raw);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return "/";
      }
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
    return raw;
  }

  private static String voteId(String raw) {
    return raw == null || raw.isBlank() ? null : ArxivId.parse(raw.strip()).orElse(null);
  }

  private static String field(Context ctx, String name) {
    return field(ctx.formParam(name));
  }

  private static String field(String value) {
    return value == null ? "" : value.strip();
  }
}
