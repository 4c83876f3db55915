package dev.quire.web;

import dev.quire.account.AccountException;
import dev.quire.account.Accounts;
import dev.quire.account.ApiTokens;
import dev.quire.account.AuthenticatedUser;
import dev.quire.account.TokenScope;
import dev.quire.digest.SubscribeRequest;
import dev.quire.digest.Subscription;
import dev.quire.digest.Subscriptions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings page of the signed-in user: API tokens, created and revoked, and the email digest of
 * the account's (already verified) address, started, changed or stopped without a confirmation
 * mail.
 */
final class SettingsController {
  private final ApiTokens tokens;
  private final Accounts accounts;
  private final Subscriptions subscriptions;
  private final int defaultTop;
  private final Templates templates;

  SettingsController(
      ApiTokens tokens,
      Accounts accounts,
      Subscriptions subscriptions,
      int defaultTop,
      Templates templates) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.subscriptions = subscriptions;
    this.defaultTop = defaultTop;
    this.templates = templates;
  }

  /** POST /settings/digest: subscribes the account's address, or changes its choices. */
  void subscribe(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    SubscribeRequest form;
    try {
      form =
          SubscribeRequest.parse(
              user.user().email(),
              ctx.formParam("frequency"),
              ctx.formParam("top"),
              ctx.formParam("topics"),
              defaultTop);
    } catch (IllegalArgumentException e) {
      throw new io.javalin.http.BadRequestResponse(e.getMessage());
    }
    Subscription s =
        subscriptions.subscribeVerified(
            new SubscribeRequest(
                form.email(), form.frequency(), form.topN(), form.topics(), user.id()));
    subscriptions.setForYou(s, user.id(), "on".equals(ctx.formParam("forYou")));
    ctx.redirect("/settings#digest", HttpStatus.SEE_OTHER);
  }

  /** POST /settings/digest/stop: ends the account's digest subscriptions. */
  void unsubscribe(Context ctx) {
    subscriptions.unsubscribeUser(Auth.required(ctx).id());
    ctx.redirect("/settings#digest", HttpStatus.SEE_OTHER);
  }

  void show(Context ctx) {
    render(ctx, Map.of());
  }

  void createToken(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String secret;
    try {
      secret =
          tokens.create(
              user.user(), ctx.formParam("name"), TokenScope.parse(ctx.formParam("scope")));
    } catch (AccountException e) {
      throw new io.javalin.http.BadRequestResponse(e.getMessage());
    }
    ctx.status(HttpStatus.CREATED);
    render(ctx, Map.of("newToken", secret));
  }

  /** POST /settings/password: a new password for one who knows the current one. */
  void changePassword(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    boolean revoke = "yes".equals(ctx.formParam("revokeTokens"));
    try {
      accounts.changePassword(
          user.user(),
          ctx.formParam("current"),
          ctx.formParam("password"),
          ctx.cookie(AccessControl.SESSION_COOKIE),
          ClientAddress.of(ctx),
          revoke);
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, Map.of("passwordError", e.getMessage()));
      return;
    }
    render(
        ctx,
        Map.of(
            "passwordMessage",
            "Your password is changed; your other sessions are signed out"
                + (revoke ? " and your API tokens revoked." : ".")));
  }

  void revokeToken(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String id = ctx.pathParam("id");
    if (!tokens.revoke(user.user(), id)) {
      throw new NotFoundResponse("you have no live API token with id " + id);
    }
    ctx.redirect("/settings#tokens", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, Map<String, Object> extra) {
    AuthenticatedUser user = Auth.required(ctx);
    Map<String, Object> params = new HashMap<>(extra);
    params.put("admin", user.admin());
    params.put("email", user.user().email());
    params.put("tokens", tokens.list(user.user()));
    Subscription digest =
        subscriptions.ofUser(user.id()).stream()
            .filter(sub -> sub.status() == Subscription.Status.ACTIVE)
            .findFirst()
            .orElse(null);
    params.put("digest", digest);
    params.put("digestForYou", digest != null && subscriptions.forYou(digest.id()));
    params.put("defaultTop", defaultTop);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "settings.jte", params);
  }
}
