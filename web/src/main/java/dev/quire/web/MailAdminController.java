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
 * and failed counts, and where mail goes; for admins only.
 */
final class MailAdminController {
  private final Digests digests;
  private final Templates templates;
  private final dev.quire.account.Accounts accounts;
  private final dev.quire.mail.PublicLinks links;

  MailAdminController(
      Digests digests,
      Templates templates,
      dev.quire.account.Accounts accounts,
      dev.quire.mail.PublicLinks links) {
    this.digests = digests;
    this.templates = templates;
    this.accounts = accounts;
    this.links = links;
  }

  /** GET /admin/mail: the overview (the route table lets only admins in). */
  void page(Context ctx) {
    overview(ctx);
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
    p.put("error", null);
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
    params.put(
        "delivery",
        MailDelivery.forAdmins(accounts.mailReachesInboxes(), accounts.mailDescription()));
    params.put("links", links.describe());
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "mail-admin.jte", params);
  }
}
