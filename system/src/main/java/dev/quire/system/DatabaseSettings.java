package dev.quire.system;

import java.nio.file.Path;

/**
 * Where the database is: the SQLite file under {@code dataDir}, or the server a JDBC URL names.
 *
 * @param dataDir data directory; holds {@code quire.db} when the database is embedded
 * @param jdbcUrl JDBC URL; empty means SQLite under {@code dataDir}
 * @param user database user (PostgreSQL), may be empty
 * @param password database password (PostgreSQL), may be empty
 */
public record DatabaseSettings(Path dataDir, String jdbcUrl, String user, String password) {

  /** True when the database is the embedded SQLite file. */
  public boolean embedded() {
    return jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The JDBC URL actually used: the configured one or the SQLite file under the data dir. */
  public String effectiveJdbcUrl() {
    return jdbcUrl.isBlank() ? "jdbc:sqlite:" + dataDir.resolve("quire.db") : jdbcUrl;
  }

  /** Everything but the password, for logs. */
  @Override
  public String toString() {
    return "DatabaseSettings["
        + effectiveJdbcUrl()
        + (user.isBlank() ? "" : ", user " + user)
        + "]";
  }
}
