package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.mcp.McpEndpoint;
import dev.quire.mcp.McpReader;
import io.javalin.http.Context;

/**
 * {@code /mcp}: hands each request to the MCP server with the caller resolved. Only a Bearer API
 * token identifies the caller; a session cookie is ignored, so the route needs no CSRF token.
 */
final class McpController {
  private final McpEndpoint endpoint;
  private final SiteInfo site;

  McpController(McpEndpoint endpoint, SiteInfo site) {
    this.endpoint = endpoint;
    this.site = site;
  }

  void handle(Context ctx) throws Exception {
    AuthenticatedUser user = Auth.current(ctx).filter(AuthenticatedUser::viaToken).orElse(null);
    endpoint.handle(ctx.req(), ctx.res(), new McpReader(user, site.base(ctx)));
  }
}
