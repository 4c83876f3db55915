package dev.quire.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * All SQL of harvest state: per-set progress and the lock that keeps harvesters from running at
 * once.
 */
public final class HarvestStateRepository {
  private static final String COLUMNS =
      "set_spec, metadata_prefix, last_datestamp, run_started_at,"
          + " resumption_token, run_from, run_until, run_response_date, run_records, records_harvested,"
          + " complete_list_size, last_run_at, last_error";

  private final Jdbi jdbi;

  /** A repository over this database. */
  public HarvestStateRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The state of one set in one format. */
  public Optional<HarvestState> find(String set, String prefix) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM harvest_state WHERE set_spec = :s AND metadata_prefix = :p")
                .bind("s", set)
                .bind("p", prefix)
                .map((rs, ctx) -> state(rs))
                .findOne());
  }

  /** Every set harvested so far, by set then format. */
  public List<HarvestState> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT " + COLUMNS + " FROM harvest_state ORDER BY set_spec, metadata_prefix")
                .map((rs, ctx) -> state(rs))
                .list());
  }

  /** Starts a run: remembers its bounds, forgets any unfinished one. */
  void startRun(String set, String prefix, String from, String until, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO harvest_state (set_spec, metadata_prefix, run_started_at,"
                        + " run_from, run_until, run_records) VALUES (:s, :p, :now, :from, :until, 0)"
                        + " ON CONFLICT (set_spec, metadata_prefix) DO UPDATE SET run_started_at = excluded.run_started_at,"
                        + " resumption_token = NULL, run_from = excluded.run_from, run_until = excluded.run_until,"
                        + " run_response_date = NULL, run_records = 0, complete_list_size = NULL")
                .bind("s", set)
                .bind("p", prefix)
                .bind("now", now.toString())
                .bind("from", from)
                .bind("until", until)
                .execute());
  }

  /**
   * Commits a page whose records are stored: the token of the next page (null after the last), the
   * run's response date when this was its first page, and the page's record count.
   */
  void pageDone(
      String set,
      String prefix,
      String nextToken,
      String responseDate,
      long records,
      Long completeListSize,
      Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE harvest_state SET resumption_token = :token,"
                        + " run_response_date = COALESCE(run_response_date, :rd), run_records = run_records + :n,"
                        + " records_harvested = records_harvested + :n,"
                        + " complete_list_size = COALESCE(:size, complete_list_size), last_run_at = :now"
                        + " WHERE set_spec = :s AND metadata_prefix = :p")
                .bind("token", nextToken)
                .bind("rd", responseDate)
                .bind("n", records)
                .bind("size", completeListSize)
                .bind("now", now.toString())
                .bind("s", set)
                .bind("p", prefix)
                .execute());
  }

  /** Ends a run that reached its last page: its date becomes the next run's {@code from}. */
  void completeRun(String set, String prefix, String lastDatestamp, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE harvest_state SET last_datestamp = COALESCE(:d, last_datestamp),"
                        + " run_started_at = NULL, resumption_token = NULL, run_from = NULL, run_until = NULL,"
                        + " run_response_date = NULL, run_records = 0, last_run_at = :now, last_error = NULL"
                        + " WHERE set_spec = :s AND metadata_prefix = :p")
                .bind("d", lastDatestamp)
                .bind("now", now.toString())
                .bind("s", set)
                .bind("p", prefix)
                .execute());
  }

  /** Records why a run failed; the unfinished run is kept so that the next one resumes it. */
  void failRun(String set, String prefix, String error, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO harvest_state (set_spec, metadata_prefix, last_run_at, last_error)"
                        + " VALUES (:s, :p, :now, :e) ON CONFLICT (set_spec, metadata_prefix) DO UPDATE SET"
                        + " last_run_at = excluded.last_run_at, last_error = excluded.last_error")
                .bind("s", set)
                .bind("p", prefix)
                .bind("now", now.toString())
                .bind("e", error)
                .execute());
  }

  /**
   * Takes the named lock for {@code owner} when it is free, already held by {@code owner}, held by
   * {@code deadOwner} (a crashed process), or older than {@code staleBefore}. Returns the holder
   * after trying.
   */
  String lock(String name, String owner, String deadOwner, Instant now, Instant staleBefore) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO harvest_lock (name, owner, locked_at) VALUES (:n, :o, :now)"
                      + " ON CONFLICT (name) DO NOTHING")
              .bind("n", name)
              .bind("o", owner)
              .bind("now", now.toString())
              .execute();
          h.createUpdate(
                  "UPDATE harvest_lock SET owner = :o, locked_at = :now WHERE name = :n"
                      + " AND (owner = :o OR owner = :dead OR locked_at < :stale)")
              .bind("n", name)
              .bind("o", owner)
              .bind("dead", deadOwner == null ? "" : deadOwner)
              .bind("now", now.toString())
              .bind("stale", staleBefore.toString())
              .execute();
          return h.createQuery("SELECT owner FROM harvest_lock WHERE name = :n")
              .bind("n", name)
              .mapTo(String.class)
              .one();
        });
  }

  /** The holder of the named lock, if any. */
  Optional<String> lockHolder(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT owner FROM harvest_lock WHERE name = :n")
                .bind("n", name)
                .mapTo(String.class)
                .findOne());
  }

  /** Keeps the lock fresh while a long run goes on. */
  void touchLock(String name, String owner, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE harvest_lock SET locked_at = :now WHERE name = :n AND owner = :o")
                .bind("n", name)
                .bind("o", owner)
                .bind("now", now.toString())
                .execute());
  }

  /** Releases the lock when {@code owner} holds it. */
  void unlock(String name, String owner) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM harvest_lock WHERE name = :n AND owner = :o")
                .bind("n", name)
                .bind("o", owner)
                .execute());
  }

  private static HarvestState state(ResultSet rs) throws SQLException {
    long size = rs.getLong("complete_list_size");
    Long completeListSize = rs.wasNull() ? null : size;
    return new HarvestState(
        rs.getString("set_spec"),
        rs.getString("metadata_prefix"),
        rs.getString("last_datestamp"),
        rs.getString("run_started_at"),
        rs.getString("resumption_token"),
        rs.getString("run_from"),
        rs.getString("run_until"),
        rs.getString("run_response_date"),
        rs.getLong("run_records"),
        rs.getLong("records_harvested"),
        completeListSize,
        rs.getString("last_run_at"),
        rs.getString("last_error"));
  }
}
