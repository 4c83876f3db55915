package dev.quire.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates, lists, revokes and resolves API tokens for {@code Authorization: Bearer}. */
public final class ApiTokens {
  /** Prefix of every token, so a leaked one is recognisable in logs and scanners. */
  static final String PREFIX = "quire_";

  private final ApiTokenRepository repo;
  private final Clock clock;

  public ApiTokens(ApiTokenRepository repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /** Makes a token named {@code name} for a user; returns the secret, which is shown only once. */
  public String create(User user, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 60) {
      throw new AccountException("a token name has 1 to 60 characters; got " + n.length());
    }
    String token = PREFIX + Secrets.token();
    repo.create(Secrets.id(), Secrets.digest(token), user.id(), n, clock.instant());
    return token;
  }

  public List<ApiToken> list(User user) {
    return repo.list(user.id());
  }

  /** Revokes one of the user's tokens; false when it has no such live token. */
  public boolean revoke(User user, String tokenId) {
    return repo.revoke(user.id(), tokenId, clock.instant());
  }

  /** The user a bearer token authenticates. */
  public Optional<AuthenticatedUser> resolve(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return repo.use(Secrets.digest(token), clock.instant())
        .map(u -> new AuthenticatedUser(u, "", true));
  }
}
