package dev.quire.mcp;

import dev.quire.account.AuthenticatedUser;

/**
 * Who calls the MCP server and where it is served: the user of the request's Bearer API token (null
 * without one; a session cookie never counts, so a cross-site request cannot act for a signed-in
 * reader), and the site's absolute base URL for links in results.
 *
 * @param user the token's user, or null
 * @param baseUrl e.g. https://quire.example (no trailing slash)
 */
public record McpReader(AuthenticatedUser user, String baseUrl) {}
