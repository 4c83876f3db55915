package dev.quire.account;

/**
 * The user a request acts for, resolved from a session cookie or an {@code Authorization: Bearer}
 * API token. Write handlers (votes, comments, paper submissions) require one.
 *
 * @param user the account
 * @param csrfToken the session's CSRF token; empty for a Bearer token, which needs none
 * @param viaToken true when resolved from an API token rather than a session
 * @param scope what the API token may do; null for a session
 */
public record AuthenticatedUser(User user, String csrfToken, boolean viaToken, TokenScope scope) {
  /** A session's user ({@code viaToken} false) or a write-scoped token's. */
  public AuthenticatedUser(User user, String csrfToken, boolean viaToken) {
    this(user, csrfToken, viaToken, viaToken ? TokenScope.WRITE : null);
  }

  public String id() {
    return user.id();
  }

  public String name() {
    return user.name();
  }

  public boolean admin() {
    return user.admin();
  }
}
