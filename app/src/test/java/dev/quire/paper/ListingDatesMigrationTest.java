package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V14__listing_dates;
import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V14 corrects the dates that earlier imports took from Kaggle's update_date. */
class ListingDatesMigrationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aStoredUpdateDateOutsideTheIdsMonthBecomesTheMonthWithTheDayUnknown(TestDb db)
      throws Exception {
    Config config = db.config(dir);
    try (Quire q = Quire.open(config)) {
      Paper late =
          PaperBuilder.paper("2404.17633")
              .title("Listed late")
              .publishedAt(Instant.parse("2025-07-15T00:00:00Z"))
              .build();
      Paper onTime =
          PaperBuilder.paper("2404.17634")
              .title("Listed on time")
              .publishedAt(Instant.parse("2024-04-26T00:00:00Z"))
              .build();
      q.paperStore().writeBatch(List.of(), List.of(late, onTime), List.of());
      // as an import before V13/V14 stored it: the update date, with its day taken for known
      try (Connection c = connect(config);
          Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE papers SET announced_on = substr(published_at, 1, 10)");
        new V14__listing_dates().migrate(context(c));
      }
      Paper fixed = q.papers().find("2404.17633").orElseThrow();
      assertThat(fixed.publishedAt()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
      assertThat(fixed.publishedDayUnknown()).isTrue();
      Paper kept = q.papers().find("2404.17634").orElseThrow();
      assertThat(kept.publishedAt()).isEqualTo(Instant.parse("2024-04-26T00:00:00Z"));
      assertThat(kept.publishedDayUnknown()).isFalse();
    }
  }

  private static Connection connect(Config config) throws Exception {
    return config.dbUser().isBlank()
        ? DriverManager.getConnection(config.effectiveJdbcUrl())
        : DriverManager.getConnection(
            config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword());
  }

  private static Context context(Connection c) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return c;
      }
    };
  }
}
