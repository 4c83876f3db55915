package dev.quire.web;

import io.javalin.config.RoutesConfig;

/** The route table: every route of the site and the API, with who may call it. */
final class Routes {
  private Routes() {}

  static void register(RoutesConfig r, Controllers c) {
    // HTML pages
    r.get("/", c.dailyPage()::home, Role.ANYONE);
    r.get("/papers", c.dailyPage()::list, Role.ANYONE);
    r.get(
        "/papers/<id>",
        c.paperPage()::show,
        Role.ANYONE); // also /papers/{id}.md; ids may hold a '/'
    r.get("/organizations/{name}", c.organizationPage()::show, Role.ANYONE);
    // Feeds
    r.get("/feed/daily.atom", c.atomFeed()::daily, Role.ANYONE);
    // JSON API, shaped like Hugging Face's
    r.get("/api/daily_papers", c.dailyPapersApi()::list, Role.ANYONE);
    r.get("/api/papers", c.paperApi()::list, Role.ANYONE);
    r.get("/api/papers/<id>", c.paperApi()::show, Role.ANYONE);
    // Submitting a paper to the daily list (admin token checked by the controller)
    r.get("/submit", c.submission()::page, Role.ANYONE);
    r.post("/submit", c.submission()::form, Role.ADMIN);
    r.post("/api/papers/index", c.submission()::api, Role.ADMIN);
    // Email digest: subscribe (CSRF-checked form), confirm and unsubscribe (signed token in the
    // link;
    // POST /unsubscribe is also the RFC 8058 one-click target of List-Unsubscribe)
    r.get("/subscribe", c.subscription()::page, Role.ANYONE);
    r.post("/subscribe", c.subscription()::subscribe, Role.ANYONE);
    r.get("/subscribe/confirm", c.subscription()::confirmPage, Role.ANYONE);
    r.post("/subscribe/confirm", c.subscription()::confirm, Role.ANYONE);
    r.get("/unsubscribe", c.subscription()::unsubscribePage, Role.ANYONE);
    r.post("/unsubscribe", c.subscription()::unsubscribe, Role.ANYONE);
    // Mail admin page (admin token checked by the controller)
    r.get("/admin/mail", c.mailAdmin()::page, Role.ADMIN);
    r.post("/admin/mail", c.mailAdmin()::show, Role.ADMIN);
  }
}
