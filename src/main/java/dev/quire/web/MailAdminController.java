package dev.quire.web;

import dev.quire.digest.DigestJob;
import dev.quire.digest.DigestRun;
import dev.quire.digest.Digests;
import dev.quire.digest.Subscription;
import dev.quire.web.view.MailRunRow;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mail admin page, /admin/mail: subscribers by status, the latest digest runs with their sent
 * and failed counts, and where mail goes. Needs the admin token: typed into the page's form (with a
 * CSRF cookie) or sent as {@code Authorization: Bearer}.
 */
final class MailAdminController {
  private final Digests digests;
  private final AdminToken token;
  private final Templates templates;
  private final FormCsrf csrf = new FormCsrf("quire_csrf_admin", "/admin");

  MailAdminController(Digests digests, String adminToken, Templates templates) {
    this.digests = digests;
    this.token = new AdminToken(adminToken);
    this.templates = templates;
  }

  /** GET /admin/mail: the overview with a Bearer token, else the token form. */
  void page(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (token.matches(auth.substring(7))) {
        overview(ctx);
      } else {
        form(ctx, 401, "Wrong admin token.");
      }
      return;
    }
    form(ctx, 200, null);
  }

  /** POST /admin/mail: the token form's submission. */
  void show(Context ctx) {
    if (!csrf.valid(ctx)) {
      form(ctx, 403, "The form expired or did not come from this site; please submit it again.");
    } else if (!token.enabled()) {
      form(ctx, 403, "The admin page is disabled: no admin token is set.");
    } else if (!token.matches(ctx.formParam("token"))) {
      form(ctx, 401, "Wrong admin token.");
    } else {
      overview(ctx);
    }
  }

  private void form(Context ctx, int status, String error) {
    Map<String, Object> p = new HashMap<>();
    p.put("csrf", csrf.token(ctx));
    p.put("enabled", token.enabled());
    p.put("error", error);
    p.put("authorised", false);
    p.put("subscribers", Map.of());
    p.put("runs", List.of());
    p.put("totals", Map.of());
    p.put("mail", "");
    p.put("schedule", "");
    render(ctx, status, p);
  }

  private void overview(Context ctx) {
    Map<String, Integer> subscribers = new java.util.LinkedHashMap<>();
    digests
        .subscriptionRepository()
        .countByStatus()
        .forEach((s, n) -> subscribers.put(s.name().toLowerCase(java.util.Locale.ROOT), n));
    List<MailRunRow> runs = new ArrayList<>();
    for (DigestRun r : digests.outbox().latestRuns(15)) {
      Map<String, Integer> c = digests.outbox().countByStatus(r.key());
      runs.add(
          new MailRunRow(
              r.key(),
              r.kind().equals("alerts") ? "per subscriber" : Integer.toString(r.paperIds().size()),
              r.lastRunAt().toString(),
              c.getOrDefault("sent", 0),
              c.getOrDefault("pending", 0) + c.getOrDefault("sending", 0),
              c.getOrDefault("failed", 0),
              c.getOrDefault("skipped", 0)));
    }
    DigestJob job = digests.job();
    Map<String, Object> p = new HashMap<>();
    p.put("csrf", csrf.token(ctx));
    p.put("enabled", true);
    p.put("error", null);
    p.put("authorised", true);
    p.put("subscribers", subscribers);
    p.put("runs", runs);
    p.put("totals", digests.outbox().countAllByStatus());
    p.put("mail", digests.mailDescription());
    p.put(
        "schedule",
        job == null
            ? "off (digest.at=off); run by hand with quire digest send"
            : "daily at "
                + digests.settings().at()
                + " "
                + digests.settings().zone()
                + "; next run "
                + job.nextRun());
    p.put(
        "activeCount",
        subscribers.getOrDefault(
            Subscription.Status.ACTIVE.name().toLowerCase(java.util.Locale.ROOT), 0));
    render(ctx, 200, p);
  }

  private void render(Context ctx, int status, Map<String, Object> params) {
    params.putIfAbsent("activeCount", 0);
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "mail-admin.jte", params);
  }
}
