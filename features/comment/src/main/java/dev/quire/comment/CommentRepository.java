package dev.quire.comment;

import dev.quire.paper.PaperStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** All SQL of comments; visible comments are mirrored in the paper's local comment count. */
public final class CommentRepository {
  private static final String COLUMNS =
      "c.id, c.paper_id, c.user_id, u.name AS author, c.body, c.created_at, c.edited_at, c.hidden";

  private final Jdbi jdbi;
  private final PaperStore papers;

  public CommentRepository(Jdbi jdbi, PaperStore papers) {
    this.jdbi = jdbi;
    this.papers = papers;
  }

  void create(String id, String paperId, String userId, String body, Instant now) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO comments (id, paper_id, user_id, body, created_at)"
                      + " VALUES (:id, :p, :u, :b, :now)")
              .bind("id", id)
              .bind("p", paperId)
              .bind("u", userId)
              .bind("b", body)
              .bind("now", now.toString())
              .execute();
          papers.addLocalCounts(h, paperId, 0, 1);
        });
  }

  Optional<Comment> find(String id) {
    return jdbi.withHandle(h -> find(h, id));
  }

  private static Optional<Comment> find(Handle h, String id) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM comments c JOIN users u ON u.id = c.user_id WHERE c.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> comment(rs))
        .findOne();
  }

  /** Comments of a paper, oldest first; hidden ones only when asked for. */
  List<Comment> of(String paperId, boolean withHidden) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM comments c JOIN users u ON u.id = c.user_id WHERE c.paper_id = :p"
                        + (withHidden ? "" : " AND c.hidden = FALSE")
                        + " ORDER BY c.created_at, c.id")
                .bind("p", paperId)
                .map((rs, ctx) -> comment(rs))
                .list());
  }

  void edit(String id, String body, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE comments SET body = :b, edited_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("b", body)
                .bind("now", now.toString())
                .execute());
  }

  void delete(String id) {
    jdbi.useTransaction(
        h ->
            find(h, id)
                .ifPresent(
                    c -> {
                      h.createUpdate("DELETE FROM comments WHERE id = :id")
                          .bind("id", id)
                          .execute();
                      if (!c.hidden()) {
                        papers.addLocalCounts(h, c.paperId(), 0, -1);
                      }
                    }));
  }

  void setHidden(String id, boolean hidden) {
    jdbi.useTransaction(
        h ->
            find(h, id)
                .filter(c -> c.hidden() != hidden)
                .ifPresent(
                    c -> {
                      h.createUpdate("UPDATE comments SET hidden = :x WHERE id = :id")
                          .bind("id", id)
                          .bind("x", hidden)
                          .execute();
                      papers.addLocalCounts(h, c.paperId(), 0, hidden ? -1 : 1);
                    }));
  }

  private static Comment comment(ResultSet rs) throws SQLException {
    String edited = rs.getString("edited_at");
    return new Comment(
        rs.getString("id"),
        rs.getString("paper_id"),
        rs.getString("user_id"),
        rs.getString("author"),
        rs.getString("body"),
        Instant.parse(rs.getString("created_at")),
        edited == null ? null : Instant.parse(edited),
        rs.getBoolean("hidden"));
  }
}
