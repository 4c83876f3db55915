package dev.quire.mcp;

import dev.quire.account.AuthenticatedUser;
import dev.quire.account.TokenScope;
import java.util.Map;

/**
 * One call of a tool: its arguments and who calls it.
 *
 * @param args the arguments, checked by {@link ToolArgs}
 * @param reader the caller
 */
public record ToolCall(ToolArgs args, McpReader reader) {
  static ToolCall of(Map<String, Object> arguments, McpReader reader) {
    return new ToolCall(new ToolArgs(arguments == null ? Map.of() : arguments), reader);
  }

  /** The user of the Bearer API token; a {@link Unauthorized} error when there is none. */
  public AuthenticatedUser user() {
    if (reader.user() == null) {
      throw new Unauthorized();
    }
    return reader.user();
  }

  /**
   * The user of a Bearer API token that may change data (write scope); {@link Unauthorized} when
   * there is none or it may only read.
   */
  public AuthenticatedUser writer() {
    AuthenticatedUser u = user();
    if (u.scope() != null && !u.scope().allows(TokenScope.WRITE)) {
      throw new Unauthorized(
          "this API token has the "
              + u.scope().label()
              + " scope; this tool changes your data and needs a token with the write scope");
    }
    return u;
  }

  /** Links on this server. */
  public Links links() {
    return new Links(reader.baseUrl());
  }

  /** The tool needs a reader's API token and the request sent none. */
  public static final class Unauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unauthorized() {
      this(
          "this tool acts for a reader: create an API token on /settings and send it as"
              + " Authorization: Bearer <token>");
    }

    Unauthorized(String message) {
      super(message);
    }
  }
}
