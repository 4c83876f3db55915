package dev.quire.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Creates, lists, revokes and resolves API tokens for {@code Authorization: Bearer}. A user holds
 * at most {@link #MAX_PER_USER} live tokens; a token is read-only unless made otherwise, and only
 * an admin can make an admin token.
 */
public final class ApiTokens {
  /** Prefix of every token, so a leaked one is recognisable in logs and scanners. */
  static final String PREFIX = "quire_";

  /** Live tokens one user may hold. */
  public static final int MAX_PER_USER = 10;

  private final ApiTokenRepository repo;
  private final Clock clock;

  public ApiTokens(ApiTokenRepository repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /** Makes a read token named {@code name}; returns the secret, which is shown only once. */
  public String create(User user, String name) {
    return create(user, name, TokenScope.READ);
  }

  /**
   * Makes a token named {@code name} with {@code scope} for a user; returns the secret, which is
   * shown only once.
   *
   * @throws AccountException when the name is bad, the user holds too many tokens, or a non-admin
   *     asks for the admin scope
   */
  public String create(User user, String name, TokenScope scope) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 60) {
      throw new AccountException("a token name has 1 to 60 characters; got " + n.length());
    }
    if (scope == TokenScope.ADMIN && !user.admin()) {
      throw new AccountException("only admins can make a token with the admin scope");
    }
    if (repo.list(user.id()).size() >= MAX_PER_USER) {
      throw new AccountException(
          "you already have " + MAX_PER_USER + " API tokens; revoke one to make another");
    }
    String token = PREFIX + Secrets.token();
    repo.create(Secrets.id(), Secrets.digest(token), user.id(), n, scope, clock.instant());
    return token;
  }

  public List<ApiToken> list(User user) {
    return repo.list(user.id());
  }

  /** Revokes one of the user's tokens; false when it has no such live token. */
  public boolean revoke(User user, String tokenId) {
    return repo.revoke(user.id(), tokenId, clock.instant());
  }

  /** Revokes every live token of a user; returns how many. */
  public int revokeAll(String userId) {
    return repo.revokeAll(userId, clock.instant());
  }

  /** The user a bearer token authenticates, with the token's scope. */
  public Optional<AuthenticatedUser> resolve(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return repo.use(Secrets.digest(token), clock.instant());
  }
}
