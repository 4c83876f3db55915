package dev.quire.web;

import io.javalin.config.RoutesConfig;

/** The route table: every route of the site and the API, with who may call it. */
final class Routes {
  private Routes() {}

  static void register(RoutesConfig r, Controllers c) {
    // HTML pages
    r.get("/", c.dailyPage()::home, Role.ANYONE);
    r.get("/papers", c.dailyPage()::list, Role.ANYONE);
    r.get("/trending", c.trendingPage()::show, Role.ANYONE);
    r.get(
        "/papers/<id>",
        c.paperPage()::show,
        Role.ANYONE); // also /papers/{id}.md; ids may hold a '/'
    r.get("/organizations/{name}", c.organizationPage()::show, Role.ANYONE);
    r.get("/categories/{code}", c.categoryPage()::show, Role.ANYONE);
    // Accounts (every POST carries a CSRF token, checked by AccessControl)
    r.get("/signup", c.accountPages()::signUpForm, Role.ANYONE);
    r.post("/signup", c.accountPages()::signUp, Role.ANYONE);
    r.get("/signin", c.accountPages()::signInForm, Role.ANYONE);
    r.post("/signin", c.accountPages()::signIn, Role.ANYONE);
    r.post("/signout", c.accountPages()::signOut, Role.USER);
    r.get("/verify", c.accountPages()::verifyForm, Role.ANYONE);
    r.post(
        "/verify", c.accountPages()::verify, Role.ANYONE); // a POST: a link alone signs nobody in
    r.get("/welcome", c.accountPages()::welcome, Role.USER);
    r.get("/forgot", c.accountPages()::forgotForm, Role.ANYONE);
    r.post("/forgot", c.accountPages()::forgot, Role.ANYONE);
    r.get("/reset", c.accountPages()::resetForm, Role.ANYONE);
    r.post("/reset", c.accountPages()::reset, Role.ANYONE);
    r.get("/settings", c.settings()::show, Role.USER);
    r.post("/settings/tokens", c.settings()::createToken, Role.USER);
    r.post("/settings/tokens/{id}/revoke", c.settings()::revokeToken, Role.USER);
    r.post("/settings/digest", c.settings()::subscribe, Role.USER);
    r.post("/settings/digest/stop", c.settings()::unsubscribe, Role.USER);
    r.post("/settings/password", c.settings()::changePassword, Role.USER);
    // Community writes from pages
    r.post("/papers/<id>/vote", c.votes()::toggle, Role.USER);
    r.post("/papers/<id>/comments", c.comments()::post, Role.USER);
    r.get("/comments/{id}/edit", c.comments()::editForm, Role.USER);
    r.post("/comments/{id}/edit", c.comments()::edit, Role.USER);
    r.post("/comments/{id}/delete", c.comments()::delete, Role.USER);
    r.post("/comments/{id}/hide", c.comments()::hide, Role.ADMIN);
    // Collections: public ones readable by anyone, private ones only by their owner (404 for
    // others); {id} also answers {id}.bib and {id}.json
    r.get("/collections", c.collections()::mine, Role.ANYONE);
    r.post("/collections", c.collections()::create, Role.USER);
    r.get("/collections/{id}", c.collections()::show, Role.ANYONE);
    r.get("/collections/{id}/feed.atom", c.collections()::feed, Role.ANYONE);
    r.post("/collections/{id}", c.collections()::edit, Role.USER);
    r.post("/collections/{id}/delete", c.collections()::delete, Role.USER);
    r.post("/collections/{id}/papers", c.collections()::add, Role.USER);
    r.post("/collections/{id}/papers/<paperId>/remove", c.collections()::remove, Role.USER);
    r.post("/papers/<id>/collections", c.collections()::addFromPaper, Role.USER);
    // Administration
    r.get("/admin/organizations", c.organizationAdmin()::page, Role.ADMIN);
    r.post("/admin/organizations", c.organizationAdmin()::create, Role.ADMIN);
    r.post("/admin/links", c.organizationAdmin()::linkForm, Role.ADMIN);
    r.get("/search", c.searchPage()::show, Role.ANYONE);
    r.get("/search/status", c.searchPage()::status, Role.ANYONE);
    // Maps of papers by meaning, and a search's matches per month
    r.get("/map", c.maps()::period, Role.ANYONE);
    r.get("/search/map", c.maps()::search, Role.ANYONE);
    r.get("/search/months.svg", c.maps()::months, Role.ANYONE);
    // Feeds
    r.get("/feed/daily.atom", c.atomFeed()::daily, Role.ANYONE);
    r.get("/feed/search.atom", c.searchFeed()::feed, Role.ANYONE);
    // JSON API, shaped like Hugging Face's
    r.get("/api/daily_papers", c.dailyPapersApi()::list, Role.ANYONE);
    r.get("/api/papers", c.paperApi()::list, Role.ANYONE);
    r.get(
        "/api/papers/<id>/comments",
        c.comments()::list,
        Role.ANYONE); // before <id>, which eats '/'
    // before /api/papers/<id>, whose id may hold a '/'
    r.get("/api/papers/search", c.searchApi()::search, Role.ANYONE);
    r.get("/api/papers/<id>/similar", c.searchApi()::similar, Role.ANYONE);
    r.get("/api/papers/<id>", c.paperApi()::show, Role.ANYONE);
    // Write API: a session cookie with X-CSRF-Token, or Authorization: Bearer TOKEN
    r.post("/api/papers/<id>/upvote", c.votes()::upvote, Role.USER);
    r.delete("/api/papers/<id>/upvote", c.votes()::withdraw, Role.USER);
    r.post("/api/papers/<id>/comments", c.comments()::create, Role.USER);
    r.post("/api/papers/<id>/links", c.organizationAdmin()::linkApi, Role.ADMIN);
    // Submitting a paper to the daily list: signed-in users (session + CSRF, or an API token)
    r.get("/submit", c.submission()::page, Role.ANYONE);
    r.post("/submit", c.submission()::form, Role.USER);
    r.post("/api/papers/index", c.submission()::api, Role.USER);
    // Email digest: subscribe (CSRF-checked form); confirm and unsubscribe carry a signed token in
    // the link instead, and POST /unsubscribe is the RFC 8058 one-click target of List-Unsubscribe
    r.get("/subscribe", c.subscription()::page, Role.ANYONE);
    r.post("/subscribe", c.subscription()::subscribe, Role.ANYONE);
    r.get("/subscribe/confirm", c.subscription()::confirmPage, Role.ANYONE);
    r.post("/subscribe/confirm", c.subscription()::confirm, Role.SIGNED_LINK);
    r.get("/unsubscribe", c.subscription()::unsubscribePage, Role.ANYONE);
    r.post("/unsubscribe", c.subscription()::unsubscribe, Role.SIGNED_LINK);
    // Mail admin page
    r.get("/admin/mail", c.mailAdmin()::page, Role.ADMIN);
    // Clients other than browsers: MCP, the rest of the HF Hub API, feeds of every list, OpenAPI
    ClientControllers k = c.clients();
    // MCP (Streamable HTTP, stateless): only a Bearer token identifies the caller, never the
    // session cookie, so no CSRF token is asked for (SIGNED_LINK skips it)
    r.post("/mcp", k.mcp()::handle, Role.SIGNED_LINK);
    r.get("/mcp", k.mcp()::handle, Role.ANYONE); // 405: no server-sent event stream
    r.delete("/mcp", k.mcp()::handle, Role.SIGNED_LINK); // 405: no sessions to end
    // The rest of the Hugging Face Hub API that huggingface_hub calls for papers
    r.get("/api/organizations/{name}/overview", k.hfHub()::organizationOverview, Role.ANYONE);
    r.get("/api/collections", k.hfHub()::collections, Role.ANYONE);
    // A feed for every list: Atom at .atom, JSON Feed 1.1 at the same path with .json, both
    // answering conditional GETs (ETag / Last-Modified)
    r.get("/feed/daily.json", c.atomFeed()::daily, Role.ANYONE);
    r.get("/feed/search.json", c.searchFeed()::feed, Role.ANYONE);
    r.get("/collections/{id}/feed.json", c.collections()::feed, Role.ANYONE);
    r.get("/feed/trending.atom", k.listFeeds()::trending, Role.ANYONE);
    r.get("/feed/trending.json", k.listFeeds()::trending, Role.ANYONE);
    r.get("/feed/organizations/{file}", k.listFeeds()::organization, Role.ANYONE);
    r.get("/feed/authors/{file}", k.listFeeds()::author, Role.ANYONE);
    r.get("/feed/categories/{file}", k.listFeeds()::category, Role.ANYONE);
    r.get("/feeds/{secret}/for-you.json", c.personalFeeds()::forYouAtom, Role.ANYONE);
    r.get("/feeds/{secret}/inbox.json", c.personalFeeds()::inboxAtom, Role.ANYONE);
    // Conditional GET (ETag / Last-Modified, 304) on every feed above: an after-filter
    k.feedValidation().register(r);
    // OpenAPI 3.1 document of every /api route, and its viewer (Swagger UI from the webjar)
    r.get("/api/openapi.json", k.openApi()::document, Role.ANYONE);
    r.get("/api/docs", k.openApi()::viewer, Role.ANYONE);
    r.get("/docs/swagger-ui/{file}", k.openApi()::asset, Role.ANYONE);
    // Export and leave: all of a reader's data, their collections as BibTeX / CSL-JSON, deletion
    r.get("/settings/data", k.myData()::page, Role.USER);
    r.get("/settings/data/export.json", k.myData()::export, Role.USER);
    r.get("/settings/data/collections.bib", k.myData()::bibtex, Role.USER);
    r.get("/settings/data/collections.csl.json", k.myData()::cslJson, Role.USER);
    r.post("/settings/data/delete", k.myData()::delete, Role.USER);
    // For you, follows, author pages, the inbox and private feeds
    r.get("/for-you", c.forYou()::show, Role.USER);
    r.get("/for-you/start", c.forYou()::startForm, Role.USER);
    r.post("/for-you/start", c.forYou()::start, Role.USER);
    r.post("/papers/<id>/not-interested", c.forYou()::notInterested, Role.USER);
    r.get("/follows", c.follows()::page, Role.USER);
    r.post("/follows", c.follows()::follow, Role.USER);
    r.post("/follows/remove", c.follows()::unfollow, Role.USER);
    r.post("/follows/feeds", c.follows()::resetFeeds, Role.USER);
    r.get("/authors/{name}", c.follows()::author, Role.ANYONE);
    r.get("/inbox", c.inbox()::show, Role.USER);
    r.post("/inbox/read", c.inbox()::read, Role.USER);
    r.post("/inbox/unread", c.inbox()::unread, Role.USER);
    r.post("/inbox/read-all", c.inbox()::readAll, Role.USER);
    r.get("/api/inbox/count", c.inbox()::count, Role.USER);
    r.get("/api/inbox", c.personalFeeds()::inboxJson, Role.USER);
    r.get("/api/for-you", c.personalFeeds()::forYouJson, Role.USER);
    r.get("/feeds/{secret}/for-you.atom", c.personalFeeds()::forYouAtom, Role.ANYONE);
    r.get("/feeds/{secret}/inbox.atom", c.personalFeeds()::inboxAtom, Role.ANYONE);
    // Several nodes: process up (/healthz) and able to serve (/readyz, 503 while draining)
    r.get("/healthz", c.health()::health, Role.ANYONE);
    r.get("/readyz", c.health()::ready, Role.ANYONE);
  }
}
