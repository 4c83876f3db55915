package dev.quire.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** All SQL of API tokens, stored by digest. */
public final class ApiTokenRepository {
  private final Jdbi jdbi;

  public ApiTokenRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void create(
      String id, String tokenHash, String userId, String name, TokenScope scope, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO api_tokens (id, token_hash, user_id, name, scope, created_at)"
                        + " VALUES (:id, :t, :u, :n, :s, :now)")
                .bind("s", scope.label())
                .bind("id", id)
                .bind("t", tokenHash)
                .bind("u", userId)
                .bind("n", name)
                .bind("now", now.toString())
                .execute());
  }

  /** The live (unrevoked) tokens of a user, newest first. */
  public List<ApiToken> list(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, name, created_at, last_used_at, scope FROM api_tokens"
                        + " WHERE user_id = :u AND revoked_at IS NULL ORDER BY created_at DESC, id")
                .bind("u", userId)
                .map(
                    (rs, ctx) ->
                        new ApiToken(
                            rs.getString("id"),
                            rs.getString("name"),
                            Instant.parse(rs.getString("created_at")),
                            rs.getString("last_used_at") == null
                                ? null
                                : Instant.parse(rs.getString("last_used_at")),
                            TokenScope.parse(rs.getString("scope"))))
                .list());
  }

  /** Revokes a token of this user; false when the user has no such live token. */
  boolean revoke(String userId, String id, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :now"
                            + " WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                    .bind("id", id)
                    .bind("u", userId)
                    .bind("now", now.toString())
                    .execute()
                == 1);
  }

  /** Revokes every live token of a user; returns how many. */
  int revokeAll(String userId, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE api_tokens SET revoked_at = :now"
                        + " WHERE user_id = :u AND revoked_at IS NULL")
                .bind("u", userId)
                .bind("now", now.toString())
                .execute());
  }

  /** The owner of a live token with the token's scope, noting its use. */
  Optional<AuthenticatedUser> use(String tokenHash, Instant now) {
    return jdbi.inTransaction(
        h -> {
          Optional<AuthenticatedUser> user =
              h.createQuery(
                      "SELECT u.id, u.email, u.name, u.role, u.email_verified_at, t.scope"
                          + " FROM api_tokens t JOIN users u ON u.id = t.user_id"
                          + " WHERE t.token_hash = :t AND t.revoked_at IS NULL")
                  .bind("t", tokenHash)
                  .map(
                      (rs, ctx) ->
                          new AuthenticatedUser(
                              UserRepository.user(rs),
                              "",
                              true,
                              TokenScope.parse(rs.getString("scope"))))
                  .findOne();
          if (user.isPresent()) {
            h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :t")
                .bind("t", tokenHash)
                .bind("now", now.toString())
                .execute();
          }
          return user;
        });
  }
}
