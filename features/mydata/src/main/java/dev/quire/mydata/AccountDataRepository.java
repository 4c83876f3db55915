package dev.quire.mydata;

import dev.quire.paper.PaperStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL of "export and leave": reads every row that belongs to one account, and erases them in
 * one transaction. It is the one place that must know every table holding a user's rows; {@link
 * #USER_COLUMNS} lists them and AccountDataTest fails when the schema grows a user column that is
 * not listed.
 */
public final class AccountDataRepository {
  /** Every table.column that refers to a user, as handled here (export and erase). */
  public static final List<String> USER_COLUMNS =
      List.of(
          "sessions.user_id",
          "mail_tokens.user_id",
          "api_tokens.user_id",
          "votes.user_id",
          "comments.user_id",
          "collections.user_id",
          "daily_entries.submitted_by",
          "digest_subscriptions.user_id",
          "follows.user_id",
          "foryou_dismissed.user_id",
          "foryou_seeds.user_id",
          "foryou_seen.user_id",
          "inbox_reads.user_id",
          "feed_secrets.user_id");

  /** The For you tables exported as they are: name in the export, and the query. */
  private static final Map<String, String> FOR_YOU =
      orderedOf(
          "follows",
          "SELECT kind, follow_key, variants, created_at FROM follows WHERE user_id = :u"
              + " ORDER BY created_at, kind, follow_key",
          "seeds",
          "SELECT paper_id, source, created_at FROM foryou_seeds WHERE user_id = :u"
              + " ORDER BY created_at, paper_id",
          "notInterested",
          "SELECT paper_id, created_at FROM foryou_dismissed WHERE user_id = :u"
              + " ORDER BY created_at, paper_id",
          "seen",
          "SELECT paper_id, seen_at FROM foryou_seen WHERE user_id = :u ORDER BY seen_at, paper_id",
          "inboxRead",
          "SELECT paper_id, read_at FROM inbox_reads WHERE user_id = :u ORDER BY read_at, paper_id",
          "privateFeeds",
          "SELECT created_at FROM feed_secrets WHERE user_id = :u");

  private final Jdbi jdbi;
  private final PaperStore papers;

  public AccountDataRepository(Jdbi jdbi, PaperStore papers) {
    this.jdbi = jdbi;
    this.papers = papers;
  }

  /** The user's row, without the password hash. */
  Map<String, Object> account(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, name, email, role, email_verified_at AS verified_at, created_at"
                        + " FROM users WHERE id = :u")
                .bind("u", userId)
                .mapToMap()
                .findOne()
                .map(AccountDataRepository::ordered)
                .orElseThrow(() -> new IllegalStateException("no user " + userId)));
  }

  /** API tokens by name and dates; the secrets themselves are never stored. */
  List<Map<String, Object>> apiTokens(String userId) {
    return rows(
        "SELECT name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = :u"
            + " ORDER BY created_at, id",
        userId);
  }

  List<Map<String, Object>> votes(String userId) {
    return rows(
        "SELECT paper_id, created_at FROM votes WHERE user_id = :u ORDER BY created_at, paper_id",
        userId);
  }

  List<Map<String, Object>> comments(String userId) {
    return rows(
        "SELECT id, paper_id, body, created_at, edited_at, hidden FROM comments WHERE user_id = :u"
            + " ORDER BY created_at, id",
        userId);
  }

  /**
   * Follows and For you: what the reader follows, seeded, marked not interested, was shown and read
   * in the inbox, and when their private feed URL was made (never the secret).
   */
  Map<String, Object> forYou(String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    FOR_YOU.forEach((name, sql) -> out.put(name, rows(sql, userId)));
    return out;
  }

  private static Map<String, String> orderedOf(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  List<Map<String, Object>> submissions(String userId) {
    return rows(
        "SELECT paper_id, featured_on, submitted_at FROM daily_entries WHERE submitted_by = :u"
            + " ORDER BY featured_on, paper_id",
        userId);
  }

  List<Map<String, Object>> subscriptions(String userId) {
    return jdbi.withHandle(
        h -> {
          List<Map<String, Object>> subs =
              h.createQuery(
                      "SELECT id, email, status, frequency, top_n, created_at, confirmed_at,"
                          + " unsubscribed_at FROM digest_subscriptions WHERE user_id = :u"
                          + " ORDER BY created_at, id")
                  .bind("u", userId)
                  .mapToMap()
                  .list();
          List<Map<String, Object>> out = new ArrayList<>();
          for (Map<String, Object> s : subs) {
            Map<String, Object> m = ordered(s);
            m.put(
                "topics",
                h.createQuery(
                        "SELECT query FROM digest_topics WHERE subscription_id = :s"
                            + " ORDER BY created_at, id")
                    .bind("s", s.get("id"))
                    .mapTo(String.class)
                    .list());
            m.remove("id");
            out.add(m);
          }
          return out;
        });
  }

  /**
   * Erases the account: votes and visible comments are taken off the papers' local counts, then
   * votes, comments, collections, digest subscriptions (with topics, alerts and outbox), follows
   * and For you state, private feed secrets, sessions, tokens and the user row are deleted; the
   * user's submissions to the daily list stay, with no account attached (the entry's submitter name
   * is kept, as for imported entries).
   */
  void erase(String userId) {
    jdbi.useTransaction(
        h -> {
          papers.takeBackLocalCounts(h, userId);
          delete(h, "DELETE FROM votes WHERE user_id = :u", userId);
          delete(h, "DELETE FROM comments WHERE user_id = :u", userId);
          delete(
              h,
              "DELETE FROM collection_items WHERE collection_id IN"
                  + " (SELECT id FROM collections WHERE user_id = :u)",
              userId);
          delete(h, "DELETE FROM collections WHERE user_id = :u", userId);
          String subs = "(SELECT id FROM digest_subscriptions WHERE user_id = :u)";
          delete(
              h,
              "DELETE FROM digest_alerted WHERE topic_id IN"
                  + " (SELECT id FROM digest_topics WHERE subscription_id IN "
                  + subs
                  + ")",
              userId);
          delete(h, "DELETE FROM digest_topics WHERE subscription_id IN " + subs, userId);
          delete(h, "DELETE FROM digest_outbox WHERE subscription_id IN " + subs, userId);
          delete(h, "DELETE FROM digest_subscriptions WHERE user_id = :u", userId);
          h.createUpdate("UPDATE daily_entries SET submitted_by = NULL WHERE submitted_by = :u")
              .bind("u", userId)
              .execute();
          for (String table :
              List.of(
                  "follows",
                  "foryou_dismissed",
                  "foryou_seeds",
                  "foryou_seen",
                  "inbox_reads",
                  "feed_secrets")) {
            delete(h, "DELETE FROM " + table + " WHERE user_id = :u", userId);
          }
          delete(h, "DELETE FROM sessions WHERE user_id = :u", userId);
          delete(h, "DELETE FROM mail_tokens WHERE user_id = :u", userId);
          delete(h, "DELETE FROM api_tokens WHERE user_id = :u", userId);
          delete(h, "DELETE FROM users WHERE id = :u", userId);
        });
  }

  private static void delete(Handle h, String sql, String userId) {
    h.createUpdate(sql).bind("u", userId).execute();
  }

  private List<Map<String, Object>> rows(String sql, String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(sql).bind("u", userId).mapToMap().list().stream()
                .map(AccountDataRepository::ordered)
                .toList());
  }

  /** A row with camelCase keys in column order, values as JSON writes them. */
  private static Map<String, Object> ordered(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach(
        (k, v) -> {
          Object value = v;
          if (v instanceof Number n && (k.equals("hidden"))) {
            value = n.intValue() != 0;
          }
          out.put(camel(k), value);
        });
    return out;
  }

  private static String camel(String column) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
