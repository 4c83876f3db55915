package dev.quire.account;

/**
 * The user a request acts for, resolved from a session cookie or an {@code Authorization: Bearer}
 * API token. Write handlers (votes, comments, paper submissions) require one.
 *
 * @param user the account
 * @param csrfToken the session's CSRF token; empty for a Bearer token, which needs none
 * @param viaToken true when resolved from an API token rather than a session
 */
public record AuthenticatedUser(User user, String csrfToken, boolean viaToken) {
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
