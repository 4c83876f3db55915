package dev.quire.web;

import dev.quire.account.AccountException;
import dev.quire.account.Accounts;
import dev.quire.account.NewSession;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Sign up, sign in, sign out, email confirmation and password reset pages. */
final class AccountPageController {
  private final Accounts accounts;
  private final AccessControl access;
  private final Templates templates;
  private final SiteInfo site;

  AccountPageController(
      Accounts accounts, AccessControl access, Templates templates, SiteInfo site) {
    this.accounts = accounts;
    this.access = access;
    this.templates = templates;
    this.site = site;
  }

  void signUpForm(Context ctx) {
    form(ctx, "signup.jte", Map.of());
  }

  void signUp(Context ctx) {
    String email = field(ctx, "email");
    String name = field(ctx, "name");
    try {
      accounts.signUp(email, name, ctx.formParam("password"), site.base(ctx));
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, "signup.jte", Map.of("email", email, "name", name, "error", e.getMessage()));
      return;
    }
    notice(
        ctx,
        "Check your mail",
        "We have sent a link to " + email + ". Open it to confirm your address and sign in.");
  }

  void signInForm(Context ctx) {
    form(ctx, "signin.jte", Map.of("next", next(ctx.queryParam("next"))));
  }

  void signIn(Context ctx) {
    String email = field(ctx, "email");
    String next = next(ctx.formParam("next"));
    NewSession session;
    try {
      session = accounts.signIn(email, ctx.formParam("password"), ctx.ip(), site.base(ctx));
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, "signin.jte", Map.of("email", email, "next", next, "error", e.getMessage()));
      return;
    }
    startSession(ctx, session);
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  void signOut(Context ctx) {
    accounts.signOut(ctx.cookie(AccessControl.SESSION_COOKIE));
    access.endSession(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void verify(Context ctx) {
    NewSession session = accounts.verify(ctx.queryParam("token"));
    startSession(ctx, session);
    ctx.redirect("/?welcome=1", HttpStatus.SEE_OTHER);
  }

  void forgotForm(Context ctx) {
    form(ctx, "forgot.jte", Map.of());
  }

  void forgot(Context ctx) {
    accounts.requestReset(field(ctx, "email"), site.base(ctx));
    notice(
        ctx,
        "Check your mail",
        "If an account uses that address, we have sent it a link to set a new password.");
  }

  void resetForm(Context ctx) {
    form(ctx, "reset.jte", Map.of("token", field(ctx.queryParam("token"))));
  }

  void reset(Context ctx) {
    String token = field(ctx, "token");
    try {
      accounts.resetPassword(token, ctx.formParam("password"));
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, "reset.jte", Map.of("token", token, "error", e.getMessage()));
      return;
    }
    notice(ctx, "Password changed", "Your password is changed. Sign in with the new one.");
  }

  private void startSession(Context ctx, NewSession session) {
    int maxAge = (int) Duration.between(Instant.now(), session.expires()).toSeconds();
    access.startSession(ctx, session.token(), Math.max(60, maxAge));
  }

  private void form(Context ctx, String template, Map<String, Object> params) {
    access.ensureAnonymousCsrf(ctx);
    templates.render(ctx, template, params);
  }

  private void notice(Context ctx, String title, String message) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", title);
    params.put("message", message);
    templates.render(ctx, "notice.jte", params);
  }

  /** A local path to return to after signing in; anything else becomes "/". */
  static String next(String raw) {
    if (raw == null
        || !raw.startsWith("/")
        || raw.startsWith("//")
        || raw.startsWith("/\\")
        || raw.length() > 500) {
      return "/";
    }
    return raw;
  }

  private static String field(Context ctx, String name) {
    return field(ctx.formParam(name));
  }

  private static String field(String value) {
    return value == null ? "" : value.strip();
  }
}
