package dev.quire.search.embed;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** All SQL of stored paper vectors (table paper_vectors), keyed by paper and model. */
public final class VectorRepository {
  /** A stored vector and the hash of the text it was computed from. */
  public record Stored(String textHash, float[] vector) {}

  private final Jdbi jdbi;

  public VectorRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The stored vectors of these papers for this model, by paper id. */
  public Map<String, Stored> find(Collection<String> ids, String model) {
    Map<String, Stored> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT paper_id, text_hash, vector FROM paper_vectors"
                        + " WHERE model = :model AND paper_id IN (<ids>)")
                .bind("model", model)
                .bindList("ids", List.copyOf(ids))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString("paper_id"),
                            new Stored(
                                rs.getString("text_hash"), Vectors.decode(rs.getString("vector")))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /**
   * The stored vectors of these papers for this model, by paper id, read 500 ids per query; for
   * features that rank by vector (For you).
   */
  public Map<String, float[]> vectorsOf(Collection<String> ids, String model) {
    Map<String, float[]> out = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 500) {
      find(all.subList(from, Math.min(all.size(), from + 500)), model)
          .forEach((id, stored) -> out.put(id, stored.vector()));
    }
    return out;
  }

  /** The queue of papers waiting for a vector, shared by every node on this database. */
  public EmbedQueue queue() {
    return new EmbedQueue(jdbi, this);
  }

  /** Stores (or replaces) vectors of this model in one transaction. */
  public void put(String model, Map<String, Stored> vectors) {
    if (vectors.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> put(h, model, vectors));
  }

  /** Stores (or replaces) vectors of this model in the transaction of {@code h}. */
  void put(Handle h, String model, Map<String, Stored> vectors) {
    if (vectors.isEmpty()) {
      return;
    }
    String now = Instant.now().toString();
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO paper_vectors (paper_id, model, text_hash, vector, created_at)"
                + " VALUES (:id, :model, :hash, :vector, :now)"
                + " ON CONFLICT (paper_id, model) DO UPDATE SET text_hash = excluded.text_hash,"
                + " vector = excluded.vector, created_at = excluded.created_at");
    for (var e : vectors.entrySet()) {
      b.bind("id", e.getKey())
          .bind("model", model)
          .bind("hash", e.getValue().textHash())
          .bind("vector", Vectors.encode(e.getValue().vector()))
          .bind("now", now)
          .add();
    }
    b.execute();
  }

  /** A vector stored at {@code createdAt} for paper {@code id}. */
  public record Change(String id, String createdAt) {}

  /**
   * Vectors of this model stored after {@code (since, afterId)} in (created_at, paper_id) order, at
   * most {@code limit}; {@code since} null starts at the beginning. For engines that follow new
   * vectors (SolrCloud sync).
   */
  public List<Change> storedSince(String model, String since, String afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT paper_id, created_at FROM paper_vectors WHERE model = :m"
                        + (since == null
                            ? ""
                            : " AND (created_at > :since OR (created_at = :since AND paper_id > :after))")
                        + " ORDER BY created_at, paper_id LIMIT :limit")
                .bind("m", model)
                .bind("since", since)
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Change(rs.getString("paper_id"), rs.getString("created_at")))
                .list());
  }

  /** Ids of papers that have no vector of this model. */
  public List<String> missing(String model) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT p.id FROM papers p LEFT JOIN paper_vectors v"
                        + " ON v.paper_id = p.id AND v.model = :m WHERE v.paper_id IS NULL ORDER BY p.id")
                .bind("m", model)
                .mapTo(String.class)
                .list());
  }

  /** Number of papers with a vector of this model. */
  public int count(String model) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM paper_vectors WHERE model = :m")
                .bind("m", model)
                .mapTo(Integer.class)
                .one());
  }
}
