package dev.quire.web;

import io.javalin.config.RoutesConfig;

/** Routes for other clients than browsers: MCP, feeds of every list, the OpenAPI document. */
final class ClientRoutes {
  private ClientRoutes() {}

  static void register(RoutesConfig r, Controllers all) {
    ClientControllers c = all.clients();
    // MCP (Streamable HTTP, stateless): only a Bearer token identifies the caller, never the
    // session cookie, so no CSRF token is asked for (SIGNED_LINK skips it)
    r.post("/mcp", c.mcp()::handle, Role.SIGNED_LINK);
    r.get("/mcp", c.mcp()::handle, Role.ANYONE); // 405: no server-sent event stream
    r.delete("/mcp", c.mcp()::handle, Role.SIGNED_LINK); // 405: no sessions to end
    // The rest of the Hugging Face Hub API that huggingface_hub calls for papers
    r.get("/api/organizations/{name}/overview", c.hfHub()::organizationOverview, Role.ANYONE);
    r.get("/api/collections", c.hfHub()::collections, Role.ANYONE);
    // A feed for every list: Atom at .atom, JSON Feed 1.1 at the same path with .json, both
    // answering conditional GETs (ETag / Last-Modified)
    r.get("/feed/daily.json", all.atomFeed()::daily, Role.ANYONE);
    r.get("/feed/search.json", all.searchFeed()::feed, Role.ANYONE);
    r.get("/collections/{id}/feed.json", all.collections()::feed, Role.ANYONE);
    r.get("/feed/trending.atom", c.listFeeds()::trending, Role.ANYONE);
    r.get("/feed/trending.json", c.listFeeds()::trending, Role.ANYONE);
    r.get("/feed/organizations/{file}", c.listFeeds()::organization, Role.ANYONE);
    r.get("/feed/authors/{file}", c.listFeeds()::author, Role.ANYONE);
    r.get("/feed/categories/{file}", c.listFeeds()::category, Role.ANYONE);
    r.get("/feeds/{secret}/for-you.json", all.personalFeeds()::forYouAtom, Role.ANYONE);
    r.get("/feeds/{secret}/inbox.json", all.personalFeeds()::inboxAtom, Role.ANYONE);
    c.feedValidation().register(r);
    // OpenAPI 3.1 document of every /api route, and its viewer (Swagger UI from the webjar)
    r.get("/api/openapi.json", c.openApi()::document, Role.ANYONE);
    r.get("/api/docs", c.openApi()::viewer, Role.ANYONE);
    r.get("/docs/swagger-ui/{file}", c.openApi()::asset, Role.ANYONE);
    // Export and leave: all of a reader's data, their collections as BibTeX / CSL-JSON, deletion
    r.get("/settings/data", c.myData()::page, Role.USER);
    r.get("/settings/data/export.json", c.myData()::export, Role.USER);
    r.get("/settings/data/collections.bib", c.myData()::bibtex, Role.USER);
    r.get("/settings/data/collections.csl.json", c.myData()::cslJson, Role.USER);
    r.post("/settings/data/delete", c.myData()::delete, Role.USER);
  }
}
