package dev.quire.foryou;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * All SQL of For you and the inbox: the reader's positives and "not interested" papers, onboarding
 * seeds, seen marks, inbox reads, feed secrets, and the candidate papers of a window.
 */
public final class ForYouRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {};

  private final Jdbi jdbi;

  public ForYouRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The reader's positives: upvoted papers, papers of their own collections, onboarding seeds; each
   * paper once (upvote before collection before seed), newest first.
   */
  List<Positive> positives(String userId) {
    Map<String, Positive> out = new LinkedHashMap<>();
    jdbi.useHandle(
        h -> {
          h.createQuery(
                  "SELECT v.paper_id, p.title FROM votes v JOIN papers p ON p.id = v.paper_id"
                      + " WHERE v.user_id = :u ORDER BY v.created_at DESC, v.paper_id")
              .bind("u", userId)
              .map((rs, ctx) -> new Positive(rs.getString(1), rs.getString(2), "you upvoted"))
              .forEach(p -> out.putIfAbsent(p.paperId(), p));
          h.createQuery(
                  "SELECT ci.paper_id, p.title, c.name FROM collection_items ci"
                      + " JOIN collections c ON c.id = ci.collection_id"
                      + " JOIN papers p ON p.id = ci.paper_id"
                      + " WHERE c.user_id = :u ORDER BY ci.added_at DESC, ci.paper_id")
              .bind("u", userId)
              .map(
                  (rs, ctx) ->
                      new Positive(
                          rs.getString(1),
                          rs.getString(2),
                          "in your collection " + rs.getString(3)))
              .forEach(p -> out.putIfAbsent(p.paperId(), p));
          h.createQuery(
                  "SELECT s.paper_id, p.title, s.source FROM foryou_seeds s"
                      + " JOIN papers p ON p.id = s.paper_id"
                      + " WHERE s.user_id = :u ORDER BY s.created_at DESC, s.paper_id")
              .bind("u", userId)
              .map(
                  (rs, ctx) ->
                      new Positive(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3).equals("bibtex")
                              ? "from your BibTeX import"
                              : "you added when starting"))
              .forEach(p -> out.putIfAbsent(p.paperId(), p));
        });
    return new ArrayList<>(out.values());
  }

  /** The papers the reader marked "not interested". */
  Set<String> dismissed(String userId) {
    return ids("SELECT paper_id FROM foryou_dismissed WHERE user_id = :u", userId);
  }

  void dismiss(String userId, String paperId, Instant now) {
    insert(
        "INSERT INTO foryou_dismissed (user_id, paper_id, created_at) VALUES (:u, :p, :now)"
            + " ON CONFLICT (user_id, paper_id) DO NOTHING",
        userId,
        List.of(paperId),
        now);
  }

  boolean undismiss(String userId, String paperId) {
    return jdbi.withHandle(
            h ->
                h.createUpdate("DELETE FROM foryou_dismissed WHERE user_id = :u AND paper_id = :p")
                    .bind("u", userId)
                    .bind("p", paperId)
                    .execute())
        > 0;
  }

  /** Title and abstract of these papers (For you's lexical profile), by id; unknown ids absent. */
  Map<String, String> texts(List<String> paperIds) {
    Map<String, String> out = new HashMap<>();
    if (paperIds.isEmpty()) {
      return out;
    }
    jdbi.useHandle(
        h -> {
          for (int i = 0; i < paperIds.size(); i += 500) {
            h.createQuery("SELECT id, title, abstract FROM papers WHERE id IN (<ids>)")
                .bindList("ids", paperIds.subList(i, Math.min(paperIds.size(), i + 500)))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString(1), TermVectors.textOf(rs.getString(2), rs.getString(3))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
          }
        });
    return out;
  }

  /** Stores onboarding positives; ones already stored are left alone. */
  void addSeeds(String userId, Collection<String> paperIds, String source, Instant now) {
    jdbi.useTransaction(
        h -> {
          PreparedBatch b =
              h.prepareBatch(
                  "INSERT INTO foryou_seeds (user_id, paper_id, source, created_at)"
                      + " VALUES (:u, :p, :s, :now) ON CONFLICT (user_id, paper_id) DO NOTHING");
          for (String id : paperIds) {
            b.bind("u", userId).bind("p", id).bind("s", source).bind("now", now.toString()).add();
          }
          if (!paperIds.isEmpty()) {
            b.execute();
          }
        });
  }

  /** Of these ids, those of stored papers. */
  Set<String> existing(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return jdbi.withHandle(
        h ->
            new HashSet<>(
                h.createQuery("SELECT id FROM papers WHERE id IN (<ids>)")
                    .bindList("ids", List.copyOf(ids))
                    .mapTo(String.class)
                    .list()));
  }

  /** Of these papers, those For you has shown the reader before. */
  Set<String> seen(String userId, Collection<String> ids) {
    return subset("foryou_seen", userId, ids);
  }

  void markSeen(String userId, Collection<String> ids, Instant now) {
    insert(
        "INSERT INTO foryou_seen (user_id, paper_id, seen_at) VALUES (:u, :p, :now)"
            + " ON CONFLICT (user_id, paper_id) DO NOTHING",
        userId,
        ids,
        now);
  }

  /** Of these papers, those the reader has read in the inbox. */
  Set<String> read(String userId, Collection<String> ids) {
    return subset("inbox_reads", userId, ids);
  }

  void markRead(String userId, Collection<String> ids, Instant now) {
    insert(
        "INSERT INTO inbox_reads (user_id, paper_id, read_at) VALUES (:u, :p, :now)"
            + " ON CONFLICT (user_id, paper_id) DO NOTHING",
        userId,
        ids,
        now);
  }

  void markUnread(String userId, String paperId) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM inbox_reads WHERE user_id = :u AND paper_id = :p")
                .bind("u", userId)
                .bind("p", paperId)
                .execute());
  }

  /** Replaces the reader's feed secret digest. */
  void setFeedSecret(String userId, String digest, Instant now) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM feed_secrets WHERE user_id = :u").bind("u", userId).execute();
          h.createUpdate(
                  "INSERT INTO feed_secrets (user_id, secret_hash, created_at) VALUES (:u, :s, :now)")
              .bind("u", userId)
              .bind("s", digest)
              .bind("now", now.toString())
              .execute();
        });
  }

  /** The reader whose feed secret has this digest. */
  Optional<String> userOfFeedSecret(String digest) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT user_id FROM feed_secrets WHERE secret_hash = :s")
                .bind("s", digest)
                .mapTo(String.class)
                .findOne());
  }

  /** When the reader's feed secret was made, if they have one. */
  Optional<Instant> feedSecretCreated(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT created_at FROM feed_secrets WHERE user_id = :u")
                .bind("u", userId)
                .mapTo(String.class)
                .findOne()
                .map(Instant::parse));
  }

  /**
   * The papers of {@code [from, to)}: featured on a day of it, or first published in it (when never
   * featured then); each with the day it belongs to. Withdrawn papers are left out; vectors are not
   * read here.
   */
  List<Candidate> candidates(LocalDate from, LocalDate to) {
    String sql =
        "SELECT p.id, p.title, p.abstract, p.authors_json, p.categories, p.organization,"
            + " p.published_at, p.upvotes + p.local_upvotes AS upvotes,"
            + " (SELECT MIN(d.featured_on) FROM daily_entries d WHERE d.paper_id = p.id"
            + " AND d.featured_on >= :from AND d.featured_on < :to) AS day"
            + " FROM papers p WHERE p.withdrawn = FALSE AND ("
            + "(p.published_at >= :fromI AND p.published_at < :toI) OR p.id IN"
            + " (SELECT d2.paper_id FROM daily_entries d2 WHERE d2.featured_on >= :from"
            + " AND d2.featured_on < :to))";
    return jdbi.withHandle(
        h ->
            h.createQuery(sql)
                .bind("from", from.toString())
                .bind("to", to.toString())
                .bind("fromI", from + "T00:00:00Z")
                .bind("toI", to + "T00:00:00Z")
                .map(
                    (rs, ctx) -> {
                      String day = rs.getString("day");
                      String published = rs.getString("published_at");
                      LocalDate d =
                          day != null
                              ? LocalDate.parse(day)
                              : LocalDate.parse(published.substring(0, 10));
                      String cats = rs.getString("categories");
                      return new Candidate(
                          rs.getString("id"),
                          rs.getString("title"),
                          rs.getString("abstract"),
                          authorNames(rs.getString("authors_json")),
                          cats == null ? List.of() : Arrays.asList(cats.split(" ")),
                          rs.getString("organization"),
                          d,
                          rs.getInt("upvotes"),
                          null);
                    })
                .list());
  }

  /** The newest day any paper was featured or published on, if there are papers. */
  Optional<LocalDate> latestDay() {
    return jdbi.withHandle(
        h -> {
          Optional<String> featured =
              h.createQuery("SELECT MAX(featured_on) FROM daily_entries")
                  .mapTo(String.class)
                  .findOne();
          Optional<String> published =
              h.createQuery("SELECT MAX(published_at) FROM papers").mapTo(String.class).findOne();
          LocalDate a = featured.map(LocalDate::parse).orElse(null);
          LocalDate b = published.map(s -> LocalDate.parse(s.substring(0, 10))).orElse(null);
          if (a == null) {
            return Optional.ofNullable(b);
          }
          return Optional.of(b == null || a.isAfter(b) ? a : b);
        });
  }

  /** The author names of a stored JSON author list. */
  static List<String> authorNames(String json) {
    try {
      List<List<String>> rows = JSON.readValue(json, ROWS);
      List<String> out = new ArrayList<>(rows.size());
      for (List<String> r : rows) {
        if (!r.isEmpty()) {
          out.add(r.get(0));
        }
      }
      return out;
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  private Set<String> ids(String sql, String userId) {
    return jdbi.withHandle(
        h -> new HashSet<>(h.createQuery(sql).bind("u", userId).mapTo(String.class).list()));
  }

  private Set<String> subset(String table, String userId, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return jdbi.withHandle(
        h ->
            new HashSet<>(
                h.createQuery(
                        "SELECT paper_id FROM "
                            + table
                            + " WHERE user_id = :u AND paper_id IN (<ids>)")
                    .bind("u", userId)
                    .bindList("ids", List.copyOf(ids))
                    .mapTo(String.class)
                    .list()));
  }

  private void insert(String sql, String userId, Collection<String> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          PreparedBatch b = h.prepareBatch(sql);
          for (String id : ids) {
            b.bind("u", userId).bind("p", id).bind("now", now.toString()).add();
          }
          b.execute();
        });
  }
}
