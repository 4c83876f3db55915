package dev.quire.digest;

import dev.quire.digest.Subscription.Frequency;
import dev.quire.digest.Subscription.Status;
import dev.quire.digest.Subscription.Topic;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** All SQL of digest subscriptions and their topics. */
public final class SubscriptionRepository {
  private static final String COLUMNS =
      "s.id, s.email, s.user_id, s.status, s.frequency, s.top_n, s.created_at, s.confirmed_at,"
          + " s.bounces";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;

  public SubscriptionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A new random id: 20 URL-safe characters. */
  static String newId() {
    byte[] b = new byte[15];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The lower-cased address, the key of one subscription per address. */
  static String emailKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The subscription of this address, with its topics. */
  public Optional<Subscription> findByEmail(String email) {
    return jdbi.withHandle(h -> one(h, "s.email_key = :v", emailKey(email)));
  }

  /** The subscription with this id, with its topics. */
  public Optional<Subscription> find(String id) {
    return jdbi.withHandle(h -> one(h, "s.id = :v", id));
  }

  /** The subscriptions of an account (the hook for account settings). */
  public List<Subscription> findByUser(String userId) {
    return jdbi.withHandle(
        h ->
            withTopics(
                h,
                h.createQuery(
                        "SELECT " + COLUMNS + " FROM digest_subscriptions s WHERE s.user_id = :u")
                    .bind("u", userId)
                    .map((rs, ctx) -> subscription(rs, List.of()))
                    .list()));
  }

  private static Optional<Subscription> one(Handle h, String where, String value) {
    return h.createQuery("SELECT " + COLUMNS + " FROM digest_subscriptions s WHERE " + where)
        .bind("v", value)
        .map((rs, ctx) -> subscription(rs, List.of()))
        .findOne()
        .map(s -> withTopics(h, List.of(s)).get(0));
  }

  /**
   * Records a request to subscribe: a new pending subscription, or an unconfirmed, unsubscribed or
   * bouncing one made pending again with the new choices (and topics). An active subscription is
   * left as it is. Returns the subscription as stored.
   */
  public Subscription request(
      String email,
      Frequency frequency,
      int topN,
      List<String> topics,
      String userId,
      Instant now) {
    return jdbi.inTransaction(
        h -> {
          String key = emailKey(email);
          Optional<Subscription> existing = one(h, "s.email_key = :v", key);
          if (existing.isPresent() && existing.get().status() == Status.ACTIVE) {
            return existing.get();
          }
          String id = existing.map(Subscription::id).orElseGet(SubscriptionRepository::newId);
          h.createUpdate(
                  "INSERT INTO digest_subscriptions (id, email, email_key, user_id, status, frequency,"
                      + " top_n, created_at) VALUES (:id, :email, :key, :user, 'pending', :f, :n, :now)"
                      + " ON CONFLICT (email_key) DO UPDATE SET email = excluded.email,"
                      + " user_id = COALESCE(excluded.user_id, digest_subscriptions.user_id),"
                      + " status = 'pending', frequency = excluded.frequency, top_n = excluded.top_n,"
                      + " bounces = 0, last_error = NULL")
              .bind("id", id)
              .bind("email", email.strip())
              .bind("key", key)
              .bind("user", userId)
              .bind("f", frequency.db())
              .bind("n", topN)
              .bind("now", now.toString())
              .execute();
          h.createUpdate("DELETE FROM digest_topics WHERE subscription_id = :id")
              .bind("id", id)
              .execute();
          insertTopics(h, id, topics, now);
          return one(h, "s.id = :v", id).orElseThrow();
        });
  }

  private static void insertTopics(Handle h, String id, List<String> topics, Instant now) {
    if (topics.isEmpty()) {
      return;
    }
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO digest_topics (id, subscription_id, query, created_at, watermark)"
                + " VALUES (:tid, :sid, :q, :created, :now)");
    // created_at keeps the reader's order: a microsecond apart, written with a fixed-width fraction
    // so that the text sorts as the instants do
    for (int i = 0; i < topics.size(); i++) {
      b.bind("tid", newId())
          .bind("sid", id)
          .bind("q", topics.get(i))
          .bind("created", ORDERED.format(now.plusNanos(1_000L * i)))
          .bind("now", now.toString())
          .add();
    }
    b.execute();
  }

  private static final java.time.format.DateTimeFormatter ORDERED =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  /**
   * Claims the right to mail this address now: true (and the time recorded) when no confirmation or
   * notice went to it after {@code notAfter}.
   */
  public boolean claimConfirmationMail(String id, Instant notAfter, Instant now) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE digest_subscriptions SET confirmation_sent_at = :now WHERE id = :id"
                            + " AND (confirmation_sent_at IS NULL OR confirmation_sent_at <= :limit)")
                    .bind("id", id)
                    .bind("now", now.toString())
                    .bind("limit", notAfter.toString())
                    .execute())
        == 1;
  }

  /**
   * Activates a pending subscription; topics start watching from now. False when it was not
   * pending.
   */
  public boolean confirm(String id, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int n =
              h.createUpdate(
                      "UPDATE digest_subscriptions SET status = 'active', confirmed_at = :now,"
                          + " unsubscribed_at = NULL WHERE id = :id AND status = 'pending'")
                  .bind("id", id)
                  .bind("now", now.toString())
                  .execute();
          if (n == 1) {
            h.createUpdate("UPDATE digest_topics SET watermark = :now WHERE subscription_id = :id")
                .bind("id", id)
                .bind("now", now.toString())
                .execute();
          }
          return n == 1;
        });
  }

  /** Switches the "For you" section of a subscription's digests on or off. */
  public void setForYou(String id, boolean on) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE digest_subscriptions SET for_you = :on WHERE id = :id")
                .bind("on", on ? 1 : 0)
                .bind("id", id)
                .execute());
  }

  /** Whether a subscription's digests carry a "For you" section. */
  public boolean forYou(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT for_you FROM digest_subscriptions WHERE id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .findOne()
                .map(v -> v == 1)
                .orElse(false));
  }

  /**
   * Makes an active subscription of this address pending, so that {@link #request} takes new
   * choices; for account settings, which confirm again right away.
   */
  void unsubscribeForChange(String email, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE digest_subscriptions SET status = 'pending' WHERE email_key = :k"
                        + " AND status = 'active'")
                .bind("k", emailKey(email))
                .execute());
  }

  /** Ends a subscription; true when it was not already ended. */
  public boolean unsubscribe(String id, Instant now) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE digest_subscriptions SET status = 'unsubscribed', unsubscribed_at = :now"
                            + " WHERE id = :id AND status <> 'unsubscribed'")
                    .bind("id", id)
                    .bind("now", now.toString())
                    .execute())
        == 1;
  }

  /**
   * Counts a permanent failure; at {@code limit} in a row the address is marked bouncing. Returns
   * true when it was marked now.
   */
  public boolean recordBounce(String id, int limit, String error) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE digest_subscriptions SET bounces = bounces + 1, last_error = :e WHERE id = :id")
              .bind("id", id)
              .bind("e", error)
              .execute();
          return h.createUpdate(
                      "UPDATE digest_subscriptions SET status = 'bouncing' WHERE id = :id"
                          + " AND status = 'active' AND bounces >= :limit")
                  .bind("id", id)
                  .bind("limit", limit)
                  .execute()
              == 1;
        });
  }

  /** Forgets earlier permanent failures after a delivery succeeded. */
  public void clearBounces(String id) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE digest_subscriptions SET bounces = 0, last_error = NULL"
                        + " WHERE id = :id AND bounces > 0")
                .bind("id", id)
                .execute());
  }

  /** Active subscriptions of a frequency that have topics, with them. */
  public List<Subscription> activeWithTopics(Frequency frequency) {
    return jdbi.withHandle(
        h ->
            withTopics(
                h,
                h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM digest_subscriptions s WHERE s.status = 'active'"
                            + " AND s.frequency = :f AND EXISTS (SELECT 1 FROM digest_topics t"
                            + " WHERE t.subscription_id = s.id) ORDER BY s.id")
                    .bind("f", frequency.db())
                    .map((rs, ctx) -> subscription(rs, List.of()))
                    .list()));
  }

  /** Number of subscriptions by status. */
  public Map<Status, Integer> countByStatus() {
    Map<Status, Integer> out = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      out.put(s, 0);
    }
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT status, COUNT(*) AS n FROM digest_subscriptions GROUP BY status")
                .map((rs, ctx) -> Map.entry(Status.of(rs.getString("status")), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Stores active subscriptions in bulk, without confirmation: for benchmarks and imports. */
  public void insertActive(Collection<String> emails, Frequency frequency, int topN, Instant now) {
    jdbi.useTransaction(
        h -> {
          PreparedBatch b =
              h.prepareBatch(
                  "INSERT INTO digest_subscriptions (id, email, email_key, status, frequency, top_n,"
                      + " created_at, confirmed_at) VALUES (:id, :email, :key, 'active', :f, :n, :now, :now)"
                      + " ON CONFLICT (email_key) DO NOTHING");
          for (String e : emails) {
            b.bind("id", newId())
                .bind("email", e)
                .bind("key", emailKey(e))
                .bind("f", frequency.db())
                .bind("n", topN)
                .bind("now", now.toString())
                .add();
          }
          b.execute();
        });
  }

  private static List<Subscription> withTopics(Handle h, List<Subscription> subs) {
    if (subs.isEmpty()) {
      return subs;
    }
    Map<String, List<Topic>> topics = new HashMap<>();
    h.createQuery(
            "SELECT id, subscription_id, query, created_at, watermark FROM digest_topics"
                + " WHERE subscription_id IN (<ids>) ORDER BY created_at, query")
        .bindList("ids", subs.stream().map(Subscription::id).toList())
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("subscription_id"),
                    new Topic(
                        rs.getString("id"),
                        rs.getString("query"),
                        Instant.parse(rs.getString("created_at")),
                        Instant.parse(rs.getString("watermark")))))
        .forEach(e -> topics.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return subs.stream()
        .map(
            s ->
                new Subscription(
                    s.id(),
                    s.email(),
                    s.userId(),
                    s.status(),
                    s.frequency(),
                    s.topN(),
                    s.createdAt(),
                    s.confirmedAt(),
                    s.bounces(),
                    topics.getOrDefault(s.id(), List.of())))
        .toList();
  }

  static Subscription subscription(ResultSet rs, List<Topic> topics) throws SQLException {
    String confirmed = rs.getString("confirmed_at");
    return new Subscription(
        rs.getString("id"),
        rs.getString("email"),
        rs.getString("user_id"),
        Status.of(rs.getString("status")),
        Frequency.parse(rs.getString("frequency")),
        rs.getInt("top_n"),
        Instant.parse(rs.getString("created_at")),
        confirmed == null ? null : Instant.parse(confirmed),
        rs.getInt("bounces"),
        topics);
  }
}
