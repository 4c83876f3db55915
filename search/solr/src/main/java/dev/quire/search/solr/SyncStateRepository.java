package dev.quire.search.solr;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * All SQL of the SolrCloud sync state (table search_sync): per collection, the last paper change
 * and the last stored vector that Solr acknowledged, and whether a reindex is under way. In the
 * database, so every Quire node continues where another stopped.
 */
public final class SyncStateRepository {
  /** Where a collection stands; {@code papersAt} null: nothing sent yet. */
  public record State(
      String papersAt, String papersId, String vectorsAt, String vectorsId, boolean reindexing) {
    static final State EMPTY = new State(null, "", null, "", false);

    State withPapers(String at, String id) {
      return new State(at, id, vectorsAt, vectorsId, reindexing);
    }

    State withVectors(String at, String id) {
      return new State(papersAt, papersId, at, id, reindexing);
    }

    State withReindexing(boolean on) {
      return new State(papersAt, papersId, vectorsAt, vectorsId, on);
    }
  }

  private final Jdbi jdbi;

  public SyncStateRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The state of {@code target}, empty when it was never synced. */
  public State get(String target) {
    Optional<State> s =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT papers_at, papers_id, vectors_at, vectors_id, reindexing"
                            + " FROM search_sync WHERE target = :t")
                    .bind("t", target)
                    .map(
                        (rs, ctx) ->
                            new State(
                                rs.getString("papers_at"),
                                rs.getString("papers_id"),
                                rs.getString("vectors_at"),
                                rs.getString("vectors_id"),
                                rs.getInt("reindexing") != 0))
                    .findOne());
    return s.orElse(State.EMPTY);
  }

  /** Stores the state of {@code target}. */
  public void put(String target, State s) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO search_sync (target, papers_at, papers_id, vectors_at, vectors_id,"
                        + " reindexing, updated_at) VALUES (:t, :pa, :pi, :va, :vi, :r, :now)"
                        + " ON CONFLICT (target) DO UPDATE SET papers_at = excluded.papers_at,"
                        + " papers_id = excluded.papers_id, vectors_at = excluded.vectors_at,"
                        + " vectors_id = excluded.vectors_id, reindexing = excluded.reindexing,"
                        + " updated_at = excluded.updated_at")
                .bind("t", target)
                .bind("pa", s.papersAt())
                .bind("pi", s.papersId())
                .bind("va", s.vectorsAt())
                .bind("vi", s.vectorsId())
                .bind("r", s.reindexing() ? 1 : 0)
                .bind("now", Instant.now().toString())
                .execute());
  }
}
