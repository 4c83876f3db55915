package dev.quire.web;

import dev.quire.account.Accounts;
import dev.quire.account.AuthenticatedUser;
import dev.quire.mydata.AccountData;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /settings/data}: a signed-in reader downloads all their data (JSON) and their collections
 * (BibTeX, CSL-JSON), and deletes their account.
 */
final class MyDataController {
  private final AccountData data;
  private final Accounts accounts;
  private final AccessControl access;
  private final Templates templates;
  private final SiteInfo site;

  MyDataController(
      AccountData data,
      Accounts accounts,
      AccessControl access,
      Templates templates,
      SiteInfo site) {
    this.data = data;
    this.accounts = accounts;
    this.access = access;
    this.templates = templates;
    this.site = site;
  }

  void page(Context ctx) {
    templates.render(ctx, "mydata.jte", Map.of());
  }

  void export(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    attachment(ctx, user, ".json");
    ctx.header("Cache-Control", "no-store");
    ctx.json(data.export(user, site.base(ctx)));
  }

  void bibtex(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    attachment(ctx, user, "-collections.bib");
    ctx.contentType(CollectionController.BIBTEX_TYPE).result(data.collectionsBibtex(user));
  }

  void cslJson(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    attachment(ctx, user, "-collections.csl.json");
    ctx.json(data.collectionsCslJson(user));
  }

  void delete(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String confirm = ctx.formParam("confirm");
    if (confirm == null || !confirm.strip().equals(user.name())) {
      ctx.status(HttpStatus.BAD_REQUEST);
      Map<String, Object> params = new HashMap<>();
      params.put(
          "error", "confirm must be your user name, " + user.name() + "; nothing was deleted");
      templates.render(ctx, "mydata.jte", params);
      return;
    }
    data.erase(user);
    String session = ctx.cookie(AccessControl.SESSION_COOKIE);
    if (session != null) {
      accounts.signOut(session);
    }
    access.endSession(ctx);
    templates.render(
        ctx,
        "notice.jte",
        Map.of(
            "title",
            "Account deleted",
            "message",
            "Your account and its data are deleted. Thank you for reading with us.",
            "viewer",
            dev.quire.web.view.Viewer.ANONYMOUS));
  }

  private static void attachment(Context ctx, AuthenticatedUser user, String suffix) {
    String safe = user.name().replaceAll("[^A-Za-z0-9_.-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"quire-" + safe + suffix + "\"");
  }
}
