package dev.quire.mcp;

import dev.quire.account.AuthenticatedUser;
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
   * The user of a Bearer API token that may write (scope write or admin), for tools that change
   * something; a read-only token gets a {@link ReadOnlyToken} error.
   */
  public AuthenticatedUser writer() {
    AuthenticatedUser u = user();
    if (u.scope() != null && !u.scope().allows(dev.quire.account.TokenScope.WRITE)) {
      throw new ReadOnlyToken();
    }
    return u;
  }

  /** A tool that changes something was called with a read-only token. */
  public static final class ReadOnlyToken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadOnlyToken() {
      super(
          "this tool changes your data and your API token is read-only: create one with the write"
              + " scope on /settings");
    }
  }

  /** Links on this server. */
  public Links links() {
    return new Links(reader.baseUrl());
  }

  /** The tool needs a reader's API token and the request sent none. */
  public static final class Unauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unauthorized() {
      super(
          "this tool acts for a reader: create an API token on /settings and send it as"
              + " Authorization: Bearer <token>");
    }
  }
}
