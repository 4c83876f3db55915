package dev.quire.web;

import io.javalin.config.RoutesConfig;

/** Routes for other clients than browsers: MCP, feeds of every list, the OpenAPI document. */
final class ClientRoutes {
  private ClientRoutes() {}

  static void register(RoutesConfig r, ClientControllers c) {
    // MCP (Streamable HTTP, stateless): only a Bearer token identifies the caller, never the
    // session cookie, so no CSRF token is asked for (SIGNED_LINK skips it)
    r.post("/mcp", c.mcp()::handle, Role.SIGNED_LINK);
    r.get("/mcp", c.mcp()::handle, Role.ANYONE); // 405: no server-sent event stream
    r.delete("/mcp", c.mcp()::handle, Role.SIGNED_LINK); // 405: no sessions to end
    // The rest of the Hugging Face Hub API that huggingface_hub calls for papers
    r.get("/api/organizations/{name}/overview", c.hfHub()::organizationOverview, Role.ANYONE);
    r.get("/api/collections", c.hfHub()::collections, Role.ANYONE);
  }
}
