package dev.quire.app;

import dev.quire.search.lucene.IndexSnapshot;
import dev.quire.system.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code quire backup DIR} and {@code quire restore DIR}: a consistent online copy of the SQLite
 * database (SQLite's {@code VACUUM INTO}, safe while the server runs) plus a snapshot of the search
 * index's latest commit, with a manifest, and their checked restore into an empty data directory.
 */
public final class Backup {
  /** The link-signing key, kept in backups so that mailed unsubscribe links survive a restore. */
  static final String SECRET_KEY = "secret.key";

  static final String DB_FILE = "quire.db";
  static final String MANIFEST = "backup.properties";

  private Backup() {}

  /** Writes a backup of the configured database into {@code target}, which must be new or empty. */
  public static String backup(Config config, Path target) {
    requireSqlite(config, "backup");
    Path source = config.dataDir().resolve(DB_FILE);
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException("nothing to back up: no database at " + source);
    }
    try {
      if (Files.exists(target) && !isEmptyDir(target)) {
        throw new IllegalArgumentException(
            "backup target must be a new or empty directory: " + target);
      }
      PrivateFiles.directory(target);
      Path copy = target.resolve(DB_FILE);
      PrivateFiles.file(copy);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 30000");
        s.executeUpdate(
            "VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
      }
      PrivateFiles.restrict(copy);
      long papers = count(copy, "SELECT COUNT(*) FROM papers");
      int indexFiles = IndexSnapshot.copy(config.indexDir(), target.resolve("index"));
      Path key = config.dataDir().resolve(SECRET_KEY);
      if (Files.isRegularFile(
          key)) { // unsubscribe links already mailed keep working after a restore
        PrivateFiles.file(target.resolve(SECRET_KEY));
        Files.copy(key, target.resolve(SECRET_KEY), StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(target.resolve(SECRET_KEY));
      }
      Properties manifest = new Properties();
      manifest.setProperty("created", Instant.now().toString());
      manifest.setProperty("papers", Long.toString(papers));
      manifest.setProperty("schema", schemaVersion(copy));
      manifest.setProperty("source", source.toString());
      manifest.setProperty("indexFiles", Integer.toString(indexFiles));
      try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
        manifest.store(out, "Quire backup");
      }
      return String.format(
          "Backed up %,d papers (schema v%s) and %s to %s",
          papers,
          manifest.getProperty("schema"),
          indexFiles > 0 ? "a search-index snapshot" : "no search index (it is rebuilt on start)",
          target);
    } catch (IOException e) {
      throw new UncheckedIOException("backup to " + target + " failed: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("backup to " + target + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Restores the backup in {@code source} into the configured data directory, after checking its
   * integrity. Refuses to replace an existing database unless {@code force}; the server must be
   * stopped.
   */
  public static String restore(Config config, Path source, boolean force) {
    requireSqlite(config, "restore");
    Path backupDb = source.resolve(DB_FILE);
    if (!Files.isRegularFile(backupDb) || !Files.isRegularFile(source.resolve(MANIFEST))) {
      throw new IllegalArgumentException(
          "not a Quire backup (no " + DB_FILE + " and " + MANIFEST + "): " + source);
    }
    try {
      String check = integrity(backupDb);
      if (!check.equals("ok")) {
        throw new IllegalArgumentException("backup " + backupDb + " is damaged: " + check);
      }
      Path target = config.dataDir().resolve(DB_FILE);
      if (Files.exists(target) && !force) {
        throw new IllegalArgumentException(
            "a database already exists at "
                + target
                + "; stop the server and give --force to replace it");
      }
      PrivateFiles.directory(config.dataDir());
      Path tmp = config.dataDir().resolve(DB_FILE + ".restoring");
      PrivateFiles.file(tmp);
      Files.copy(backupDb, tmp, StandardCopyOption.REPLACE_EXISTING);
      PrivateFiles.restrict(tmp);
      Path key = source.resolve(SECRET_KEY);
      if (Files.isRegularFile(key)) {
        PrivateFiles.file(config.dataDir().resolve(SECRET_KEY));
        Files.copy(key, config.dataDir().resolve(SECRET_KEY), StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(config.dataDir().resolve(SECRET_KEY));
      }
      Files.deleteIfExists(config.dataDir().resolve(DB_FILE + "-wal"));
      Files.deleteIfExists(config.dataDir().resolve(DB_FILE + "-shm"));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      IndexSnapshot.restore(source.resolve("index"), config.indexDir());
      return String.format(
          "Restored %,d papers from %s into %s",
          count(target, "SELECT COUNT(*) FROM papers"), source, config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("restore from " + source + " failed: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalArgumentException(
          "backup " + backupDb + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void requireSqlite(Config config, String what) {
    if (!config.embeddedDatabase()) {
      throw new IllegalArgumentException(
          what
              + " covers the embedded SQLite database; for PostgreSQL use"
              + " pg_dump / pg_restore (the search index is rebuilt from the database on start)");
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static String integrity(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no answer";
    }
  }

  private static String schemaVersion(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : "?";
    }
  }
}
