package dev.quire.foryou;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** All SQL of follows: what readers follow, and the public collections they may follow. */
public final class FollowRepository {
  private final Jdbi jdbi;

  public FollowRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds or updates (its variants) a follow. */
  void put(String userId, FollowKind kind, String key, List<String> variants, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO follows (user_id, kind, follow_key, variants, created_at)"
                        + " VALUES (:u, :k, :key, :v, :now) ON CONFLICT (user_id, kind, follow_key)"
                        + " DO UPDATE SET variants = excluded.variants")
                .bind("u", userId)
                .bind("k", kind.code())
                .bind("key", key)
                .bind("v", String.join("\n", variants))
                .bind("now", now.toString())
                .execute());
  }

  /** Removes a follow; false when there was none. */
  boolean remove(String userId, FollowKind kind, String key) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "DELETE FROM follows WHERE user_id = :u AND kind = :k AND follow_key = :key")
                    .bind("u", userId)
                    .bind("k", kind.code())
                    .bind("key", key)
                    .execute())
        > 0;
  }

  /**
   * The reader's follows, oldest first; a followed collection is labelled "name by owner" and left
   * out once it is deleted or made private.
   */
  List<Follow> of(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT f.kind, f.follow_key, f.variants, f.created_at, c.name AS c_name,"
                        + " u.name AS c_owner, c.is_public AS c_public"
                        + " FROM follows f LEFT JOIN collections c"
                        + " ON f.kind = 'collection' AND c.id = f.follow_key"
                        + " LEFT JOIN users u ON u.id = c.user_id"
                        + " WHERE f.user_id = :u ORDER BY f.created_at, f.kind, f.follow_key")
                .bind("u", userId)
                .map(
                    (rs, ctx) -> {
                      FollowKind kind = FollowKind.parse(rs.getString("kind"));
                      String key = rs.getString("follow_key");
                      String label = key;
                      if (kind == FollowKind.COLLECTION) {
                        if (rs.getString("c_name") == null || !rs.getBoolean("c_public")) {
                          return null;
                        }
                        label = rs.getString("c_name") + " by " + rs.getString("c_owner");
                      }
                      String v = rs.getString("variants");
                      List<String> variants =
                          v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split("\n"));
                      return new Follow(
                          kind, key, variants, label, Instant.parse(rs.getString("created_at")));
                    })
                .filter(f -> f != null)
                .list());
  }

  /** The paper ids of the public collections the reader follows, by collection label. */
  Map<String, Set<String>> followedCollectionPapers(String userId) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT c.name, u.name AS owner, ci.paper_id FROM follows f"
                        + " JOIN collections c ON c.id = f.follow_key AND c.is_public = TRUE"
                        + " JOIN users u ON u.id = c.user_id"
                        + " JOIN collection_items ci ON ci.collection_id = c.id"
                        + " WHERE f.user_id = :u AND f.kind = 'collection'")
                .bind("u", userId)
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString("name") + " by " + rs.getString("owner"),
                            rs.getString("paper_id")))
                .forEach(
                    e ->
                        out.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>())
                            .add(e.getValue())));
    return out;
  }

  /** Whether a public collection with this id exists. */
  boolean publicCollectionExists(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM collections WHERE id = :id AND is_public = TRUE")
                    .bind("id", id)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Whether an organisation with this name exists. */
  boolean organizationExists(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM organizations WHERE name = :n")
                    .bind("n", name)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /**
   * The author lists (JSON text) of papers that list an author whose name ends in {@code surname},
   * newest first, at most {@code limit}: the raw material of name variants.
   */
  List<String> authorListsWithSurname(String surname, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT authors_json FROM papers WHERE LOWER(authors_json) LIKE :pat ESCAPE '!'"
                        + " ORDER BY published_at DESC LIMIT :limit")
                .bind("pat", "%" + escape(surname.toLowerCase(java.util.Locale.ROOT)) + "\"%")
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
  }

  /** Ids of papers that list one of these exact author names, newest first. */
  List<String> papersByAuthor(List<String> names, int offset, int limit) {
    if (names.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT id FROM papers WHERE (");
    for (int i = 0; i < names.size(); i++) {
      sql.append(i == 0 ? "" : " OR ")
          .append("authors_json LIKE :n")
          .append(i)
          .append(" ESCAPE '!'");
    }
    sql.append(") ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset");
    return jdbi.withHandle(
        h -> {
          var q = h.createQuery(sql.toString()).bind("limit", limit).bind("offset", offset);
          for (int i = 0; i < names.size(); i++) {
            q.bind("n" + i, "%[" + escape(jsonString(names.get(i))) + "%");
          }
          return q.mapTo(String.class).list();
        });
  }

  /** Organisation names of these papers with how many of them each has, most first. */
  Map<String, Integer> organizationsOf(List<String> paperIds) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (paperIds.isEmpty()) {
      return out;
    }
    Map<String, Integer> counts = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT organization FROM papers WHERE organization IS NOT NULL"
                        + " AND id IN (<ids>)")
                .bindList("ids", paperIds)
                .mapTo(String.class)
                .forEach(o -> counts.merge(o, 1, Integer::sum)));
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Author lists (JSON text) of these papers. */
  List<String> authorListsOf(List<String> paperIds) {
    if (paperIds.isEmpty()) {
      return new ArrayList<>();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT authors_json FROM papers WHERE id IN (<ids>)")
                .bindList("ids", paperIds)
                .mapTo(String.class)
                .list());
  }

  /** A name as it appears inside the stored JSON author list: {@code "Name"}. */
  static String jsonString(String name) {
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String escape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  Optional<Instant> createdAt(String userId, FollowKind kind, String key) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT created_at FROM follows WHERE user_id = :u AND kind = :k AND follow_key = :key")
                .bind("u", userId)
                .bind("k", kind.code())
                .bind("key", key)
                .mapTo(String.class)
                .findOne()
                .map(Instant::parse));
  }
}
