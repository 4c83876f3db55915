package db.migration;

import dev.quire.paper.ArxivDates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Corrects the first-publication date of papers imported without versions (Kaggle listings) whose
 * stored date was an update date outside their id's month: they get the id's month, day unknown
 * ({@code announced_on} NULL), as new imports do.
 */
public class V14__listing_dates extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT id, published_at FROM papers WHERE versions_json = '[]'"
                    + " AND published_at IS NOT NULL");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE papers SET published_at = ?, announced_on = NULL WHERE id = ?");
        ResultSet rs = select.executeQuery()) {
      int pending = 0;
      while (rs.next()) {
        String id = rs.getString(1);
        Instant stored;
        try {
          stored = Instant.parse(rs.getString(2));
        } catch (DateTimeParseException e) {
          continue;
        }
        ArxivDates.Dated dated = ArxivDates.fromListing(id, stored);
        if (!dated.dayKnown()) {
          update.setString(1, dated.instant().toString());
          update.setString(2, id);
          update.addBatch();
          if (++pending == 1000) {
            update.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
