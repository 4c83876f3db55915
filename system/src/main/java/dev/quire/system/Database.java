package dev.quire.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** The connection pool, schema migrations and Jdbi handle of one database: SQLite or PostgreSQL. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final boolean sqlite;

  private Database(HikariDataSource dataSource, boolean sqlite) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Opens the database the config names, creating the data dir for SQLite, and migrates it. */
  public static Database open(DatabaseSettings config) {
    boolean sqlite = config.embedded();
    HikariConfig hikari = new HikariConfig();
    String url = config.effectiveJdbcUrl();
    if (sqlite) {
      try {
        PrivateFiles.directory(config.dataDir());
        Path db = config.dataDir().resolve("quire.db");
        if (url.equals("jdbc:sqlite:" + db)) {
          PrivateFiles.file(db); // SQLite gives its WAL and shared-memory files the same mode
          PrivateFiles.restrict(config.dataDir().resolve("quire.db-wal"));
          PrivateFiles.restrict(config.dataDir().resolve("quire.db-shm"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
      }
      if (!Files.isWritable(config.dataDir())) {
        throw new IllegalStateException("data directory is not writable: " + config.dataDir());
      }
      hikari.setJdbcUrl(url);
      hikari.addDataSourceProperty("journal_mode", "WAL");
      hikari.addDataSourceProperty("synchronous", "NORMAL");
      hikari.addDataSourceProperty("busy_timeout", "30000");
      hikari.addDataSourceProperty("foreign_keys", "true");
      hikari.setMaximumPoolSize(8);
    } else {
      hikari.setJdbcUrl(url);
      if (!config.user().isBlank()) {
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
      }
      hikari.setMaximumPoolSize(16);
    }
    hikari.setPoolName("quire-db");
    hikari.setConnectionTimeout(30_000);
    HikariDataSource ds = new HikariDataSource(hikari);
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, sqlite);
  }

  /** The Jdbi handle factory for repositories. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The connection pool, for libraries that take a {@link javax.sql.DataSource} (db-scheduler). */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  /** True for the embedded SQLite database. */
  public boolean isSqlite() {
    return sqlite;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
