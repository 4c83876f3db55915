package dev.quire.vote;

import dev.quire.paper.PaperStore;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** All SQL of upvotes: one row per user and paper, mirrored in the paper's local upvote count. */
public final class VoteRepository {
  private final Jdbi jdbi;
  private final PaperStore papers;

  public VoteRepository(Jdbi jdbi, PaperStore papers) {
    this.jdbi = jdbi;
    this.papers = papers;
  }

  /**
   * Adds the user's vote for a paper, or removes it when {@code up} is false; does nothing when it
   * already is so. Returns whether anything changed.
   */
  boolean set(String userId, String paperId, boolean up, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int n =
              up
                  ? h.createUpdate(
                          "INSERT INTO votes (user_id, paper_id, created_at) VALUES (:u, :p, :now)"
                              + " ON CONFLICT (user_id, paper_id) DO NOTHING")
                      .bind("u", userId)
                      .bind("p", paperId)
                      .bind("now", now.toString())
                      .execute()
                  : h.createUpdate("DELETE FROM votes WHERE user_id = :u AND paper_id = :p")
                      .bind("u", userId)
                      .bind("p", paperId)
                      .execute();
          if (n == 1) {
            papers.addLocalCounts(h, paperId, up ? 1 : -1, 0);
          }
          return n == 1;
        });
  }

  /** Whether the user has voted for the paper. */
  boolean has(String userId, String paperId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM votes WHERE user_id = :u AND paper_id = :p")
                    .bind("u", userId)
                    .bind("p", paperId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Every paper the user has voted for. */
  Set<String> votedBy(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT paper_id FROM votes WHERE user_id = :u")
                .bind("u", userId)
                .mapTo(String.class)
                .collect(Collectors.toSet()));
  }

  /** Number of votes of this site's users for a paper. */
  int count(String paperId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM votes WHERE paper_id = :p")
                .bind("p", paperId)
                .mapTo(Integer.class)
                .one());
  }
}
