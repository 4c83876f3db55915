package dev.quire.web;

import dev.quire.account.AccountException;
import dev.quire.account.ApiTokens;
import dev.quire.account.AuthenticatedUser;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/** The settings page of the signed-in user: API tokens, created and revoked. */
final class SettingsController {
  private final ApiTokens tokens;
  private final Templates templates;

  SettingsController(ApiTokens tokens, Templates templates) {
    this.tokens = tokens;
    this.templates = templates;
  }

  void show(Context ctx) {
    render(ctx, null);
  }

  void createToken(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String secret;
    try {
      secret = tokens.create(user.user(), ctx.formParam("name"));
    } catch (AccountException e) {
      throw new io.javalin.http.BadRequestResponse(e.getMessage());
    }
    ctx.status(HttpStatus.CREATED);
    render(ctx, secret);
  }

  void revokeToken(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String id = ctx.pathParam("id");
    if (!tokens.revoke(user.user(), id)) {
      throw new NotFoundResponse("you have no live API token with id " + id);
    }
    ctx.redirect("/settings#tokens", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, String newToken) {
    AuthenticatedUser user = Auth.required(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("email", user.user().email());
    params.put("tokens", tokens.list(user.user()));
    params.put("newToken", newToken);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "settings.jte", params);
  }
}
