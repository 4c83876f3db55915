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
    r.get("/search", c.searchPage()::show, Role.ANYONE);
    r.get("/search/status", c.searchPage()::status, Role.ANYONE);
    // Feeds
    r.get("/feed/daily.atom", c.atomFeed()::daily, Role.ANYONE);
    r.get("/feed/search.atom", c.searchFeed()::feed, Role.ANYONE);
    // JSON API, shaped like Hugging Face's
    r.get("/api/daily_papers", c.dailyPapersApi()::list, Role.ANYONE);
    r.get("/api/papers", c.paperApi()::list, Role.ANYONE);
    // before /api/papers/<id>, whose id may hold a '/'
    r.get("/api/papers/search", c.searchApi()::search, Role.ANYONE);
    r.get("/api/papers/<id>/similar", c.searchApi()::similar, Role.ANYONE);
    r.get("/api/papers/<id>", c.paperApi()::show, Role.ANYONE);
  }
}
