package dev.quire.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** All SQL of user accounts and of the single-use tokens sent by mail. */
public final class UserRepository {
  private static final String COLUMNS = "id, email, name, role, email_verified_at";
  private final Jdbi jdbi;

  public UserRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores a new user; false when the email or the name is taken. */
  boolean create(User user, String passwordHash, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "INSERT INTO users (id, email, name, password_hash, role, created_at)"
                            + " VALUES (:id, :email, :name, :hash, :role, :now)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("id", user.id())
                    .bind("email", user.email())
                    .bind("name", user.name())
                    .bind("hash", passwordHash)
                    .bind("role", user.admin() ? "admin" : "user")
                    .bind("now", now.toString())
                    .execute()
                == 1);
  }

  /** True when an account uses this email or this name. */
  boolean nameTaken(String name) {
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM users WHERE name = :n")
                    .bind("n", name)
                    .mapTo(Integer.class)
                    .one())
        > 0;
  }

  /** The user of a live (unused, unexpired) mail token, without using it. */
  Optional<String> liveMailTokenUser(String tokenHash, String purpose, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT user_id FROM mail_tokens WHERE token_hash = :t AND purpose = :p"
                        + " AND used_at IS NULL AND expires_at > :now")
                .bind("t", tokenHash)
                .bind("p", purpose)
                .bind("now", now.toString())
                .mapTo(String.class)
                .findOne());
  }

  /** Ends every outstanding mail token of a user for {@code purpose}. */
  void expireMailTokens(String userId, String purpose, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE mail_tokens SET used_at = :now"
                        + " WHERE user_id = :u AND purpose = :p AND used_at IS NULL")
                .bind("u", userId)
                .bind("p", purpose)
                .bind("now", now.toString())
                .execute());
  }

  /** The user with this id. */
  public Optional<User> find(String id) {
    return one("id", id);
  }

  /** The user with this (lower-cased) email. */
  public Optional<User> findByEmail(String email) {
    return one("email", email);
  }

  private Optional<User> one(String column, String value) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users WHERE " + column + " = :v")
                .bind("v", value)
                .map((rs, ctx) -> user(rs))
                .findOne());
  }

  /** The stored password hash of the user with this email. */
  Optional<String> passwordHash(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
  }

  void setPassword(String userId, String hash) {
    update("UPDATE users SET password_hash = :v WHERE id = :id", userId, hash);
  }

  void markVerified(String userId, Instant now) {
    update(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, :v) WHERE id = :id",
        userId,
        now.toString());
  }

  /** Sets the role of the account with this email; false when there is none. */
  boolean setAdmin(String email, boolean admin) {
    return update("UPDATE users SET role = :v WHERE email = :id", email, admin ? "admin" : "user")
        == 1;
  }

  private int update(String sql, String id, String value) {
    return jdbi.withHandle(h -> h.createUpdate(sql).bind("id", id).bind("v", value).execute());
  }

  /** Stores the digest of a single-use mail token. */
  void createMailToken(
      String tokenHash, String userId, String purpose, Instant now, Instant expires) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO mail_tokens (token_hash, user_id, purpose, created_at, expires_at)"
                        + " VALUES (:t, :u, :p, :now, :exp)")
                .bind("t", tokenHash)
                .bind("u", userId)
                .bind("p", purpose)
                .bind("now", now.toString())
                .bind("exp", expires.toString())
                .execute());
  }

  /**
   * Marks an unused, unexpired mail token of this purpose used and returns its user id; empty when
   * the token is unknown, used or expired. Atomic, so a link works once even when clicked twice.
   */
  Optional<String> consumeMailToken(String tokenHash, String purpose, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int n =
              h.createUpdate(
                      "UPDATE mail_tokens SET used_at = :now WHERE token_hash = :t AND purpose = :p"
                          + " AND used_at IS NULL AND expires_at > :now")
                  .bind("t", tokenHash)
                  .bind("p", purpose)
                  .bind("now", now.toString())
                  .execute();
          if (n != 1) {
            return Optional.<String>empty();
          }
          return h.createQuery("SELECT user_id FROM mail_tokens WHERE token_hash = :t")
              .bind("t", tokenHash)
              .mapTo(String.class)
              .findOne();
        });
  }

  static User user(ResultSet rs) throws SQLException {
    return new User(
        rs.getString("id"),
        rs.getString("email"),
        rs.getString("name"),
        "admin".equals(rs.getString("role")),
        rs.getString("email_verified_at") != null);
  }
}
