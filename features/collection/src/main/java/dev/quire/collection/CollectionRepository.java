package dev.quire.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** All SQL of collections and the papers in them. */
public final class CollectionRepository {
  private static final String COLUMNS =
      "c.id, c.user_id, u.name AS owner, c.name, c.description, c.is_public, c.created_at,"
          + " c.updated_at";

  private final Jdbi jdbi;

  public CollectionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void create(Collection c) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO collections"
                        + " (id, user_id, name, description, is_public, created_at, updated_at)"
                        + " VALUES (:id, :u, :n, :d, :pub, :now, :now)")
                .bind("id", c.id())
                .bind("u", c.userId())
                .bind("n", c.name())
                .bind("d", c.description())
                .bind("pub", c.isPublic())
                .bind("now", c.createdAt().toString())
                .execute());
  }

  Optional<Collection> find(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM collections c JOIN users u ON u.id = c.user_id WHERE c.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> collection(rs))
                .findOne());
  }

  /** Public collections of everyone, most recently changed first, at most {@code limit}. */
  List<Collection> publicOnes(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM collections c JOIN users u ON u.id = c.user_id"
                        + " WHERE c.is_public = :pub ORDER BY c.updated_at DESC, c.id LIMIT :limit")
                .bind("pub", true)
                .bind("limit", limit)
                .map((rs, ctx) -> collection(rs))
                .list());
  }

  /** The user's collections, most recently changed first. */
  List<Collection> ofUser(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM collections c JOIN users u ON u.id = c.user_id"
                        + " WHERE c.user_id = :u ORDER BY c.updated_at DESC, c.id")
                .bind("u", userId)
                .map((rs, ctx) -> collection(rs))
                .list());
  }

  /**
   * Public collections, most recently changed first: those holding the paper when {@code paperId}
   * is not null, those of the user named {@code owner} when it is not null.
   */
  List<Collection> publicOnes(String paperId, String owner, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM collections c JOIN users u ON u.id = c.user_id"
                        + " WHERE c.is_public = :yes"
                        + (paperId == null
                            ? ""
                            : " AND EXISTS (SELECT 1 FROM collection_items i"
                                + " WHERE i.collection_id = c.id AND i.paper_id = :p)")
                        + (owner == null ? "" : " AND u.name = :owner")
                        + " ORDER BY c.updated_at DESC, c.id LIMIT :limit")
                .bind("yes", true)
                .bind("p", paperId)
                .bind("owner", owner)
                .bind("limit", limit)
                .map((rs, ctx) -> collection(rs))
                .list());
  }

  int countOf(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM collections WHERE user_id = :u")
                .bind("u", userId)
                .mapTo(Integer.class)
                .one());
  }

  void update(String id, String name, String description, boolean isPublic, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE collections SET name = :n, description = :d, is_public = :pub,"
                        + " updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("n", name)
                .bind("d", description)
                .bind("pub", isPublic)
                .bind("now", now.toString())
                .execute());
  }

  void delete(String id) {
    jdbi.useTransaction(
        h -> {
          // explicit, so that it does not depend on SQLite's foreign_keys pragma
          h.createUpdate("DELETE FROM collection_items WHERE collection_id = :id")
              .bind("id", id)
              .execute();
          h.createUpdate("DELETE FROM collections WHERE id = :id").bind("id", id).execute();
        });
  }

  /** The papers of a collection, most recently added first. */
  List<CollectionItem> items(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT paper_id, added_at FROM collection_items WHERE collection_id = :id"
                        + " ORDER BY added_at DESC, paper_id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new CollectionItem(
                            rs.getString("paper_id"), Instant.parse(rs.getString("added_at"))))
                .list());
  }

  int countItems(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM collection_items WHERE collection_id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .one());
  }

  /** Adds a paper; adding it again changes nothing. */
  void add(String id, String paperId, Instant now) {
    jdbi.useTransaction(
        h -> {
          int added =
              h.createUpdate(
                      "INSERT INTO collection_items (collection_id, paper_id, added_at)"
                          + " VALUES (:id, :p, :now) ON CONFLICT (collection_id, paper_id) DO NOTHING")
                  .bind("id", id)
                  .bind("p", paperId)
                  .bind("now", now.toString())
                  .execute();
          if (added > 0) {
            touch(h, id, now);
          }
        });
  }

  void remove(String id, String paperId, Instant now) {
    jdbi.useTransaction(
        h -> {
          int removed =
              h.createUpdate(
                      "DELETE FROM collection_items WHERE collection_id = :id AND paper_id = :p")
                  .bind("id", id)
                  .bind("p", paperId)
                  .execute();
          if (removed > 0) {
            touch(h, id, now);
          }
        });
  }

  private static void touch(org.jdbi.v3.core.Handle h, String id, Instant now) {
    h.createUpdate("UPDATE collections SET updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("now", now.toString())
        .execute();
  }

  private static Collection collection(ResultSet rs) throws SQLException {
    return new Collection(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("owner"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getBoolean("is_public"),
        Instant.parse(rs.getString("created_at")),
        Instant.parse(rs.getString("updated_at")));
  }
}
