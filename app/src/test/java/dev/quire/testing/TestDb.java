package dev.quire.testing;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases storage tests run against. PostgreSQL is reached through QUIRE_TEST_PG_URL (default
 * jdbc:postgresql://localhost:5432/quire_test, user/password quire); each test gets its own fresh
 * schema. When PostgreSQL is unreachable the test is skipped with a visible message, except under
 * CI=true, where it fails.
 */
public enum TestDb {
  SQLITE,
  POSTGRES;

  static final String PG_URL =
      env("QUIRE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/quire_test");
  static final String PG_USER = env("QUIRE_TEST_PG_USER", "quire");
  static final String PG_PASSWORD = env("QUIRE_TEST_PG_PASSWORD", "quire");

  /**
   * Config for a fresh, empty database of this kind, with its data dir under {@code dir}; sample
   * loading and semantic search (model loading) off.
   */
  public Config config(Path dir) {
    return config(dir, java.util.Map.of());
  }

  /** As {@link #config(Path)}, with more settings (e.g. {@code daily.featured.only=true}). */
  public Config config(Path dir, java.util.Map<String, String> settings) {
    java.util.Map<String, String> values =
        new java.util.HashMap<>(
            java.util.Map.of(
                "data",
                dir.toString(),
                "sample",
                "false",
                "port",
                "0",
                "search.semantic",
                "false"));
    values.putAll(settings);
    Config base = Config.load(values, java.util.Map.of());
    if (this == SQLITE) {
      return base;
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(
            "PostgreSQL is required under CI=true but unreachable at " + PG_URL, e);
      }
      System.err.println(
          "SKIPPING PostgreSQL test: no server at " + PG_URL + " (" + e.getMessage() + ")");
      Assumptions.abort(
          "PostgreSQL unreachable at "
              + PG_URL
              + "; run .ci/run or start it to include these tests");
    }
    String sep = PG_URL.contains("?") ? "&" : "?";
    return base.with(
        b -> b.database(PG_URL + sep + "currentSchema=" + schema, PG_USER, PG_PASSWORD));
  }

  /** A Quire on a fresh database of this kind. */
  public Quire open(Path dir) {
    return Quire.open(config(dir));
  }

  /** A Quire on a fresh database of this kind, with a fixed clock. */
  public Quire open(Path dir, Clock clock) {
    return Quire.open(config(dir), clock);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
