package dev.quire.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** All SQL of sign-in sessions; a session is found by the digest of its cookie value. */
public final class SessionRepository {
  private final Jdbi jdbi;

  public SessionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void create(String tokenHash, String userId, String csrf, Instant now, Instant expires) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                        + " VALUES (:t, :u, :c, :now, :exp)")
                .bind("t", tokenHash)
                .bind("u", userId)
                .bind("c", csrf)
                .bind("now", now.toString())
                .bind("exp", expires.toString())
                .execute());
  }

  /** The user and CSRF token of an unexpired session. */
  Optional<AuthenticatedUser> find(String tokenHash, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT u.id, u.email, u.name, u.role, u.email_verified_at, s.csrf_token"
                        + " FROM sessions s JOIN users u ON u.id = s.user_id"
                        + " WHERE s.token_hash = :t AND s.expires_at > :now")
                .bind("t", tokenHash)
                .bind("now", now.toString())
                .map(
                    (rs, ctx) ->
                        new AuthenticatedUser(
                            UserRepository.user(rs), rs.getString("csrf_token"), false))
                .findOne());
  }

  void delete(String tokenHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE token_hash = :t")
                .bind("t", tokenHash)
                .execute());
  }

  /** Ends every session of a user (after a password reset). */
  void deleteAllOf(String userId) {
    jdbi.useHandle(
        h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute());
  }

  /** Ends every session of a user but one (after a password change). */
  void deleteAllOfExcept(String userId, String keepTokenHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE user_id = :u AND token_hash <> :keep")
                .bind("u", userId)
                .bind("keep", keepTokenHash)
                .execute());
  }

  /** Removes expired sessions. */
  int purgeExpired(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", now.toString())
                .execute());
  }
}
