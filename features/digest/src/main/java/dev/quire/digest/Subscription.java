package dev.quire.digest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One address's subscription to the email digest, with its topic alerts.
 *
 * @param id random id, signed into the links of its mails
 * @param email the address as typed
 * @param userId the owning account, or null for an address-only subscription
 * @param status pending until confirmed, then active; unsubscribed or bouncing end it
 * @param frequency daily or weekly
 * @param topN trending papers per digest; 0 for topic alerts only
 * @param createdAt when it was first requested
 * @param confirmedAt when the address was confirmed, or null
 * @param bounces permanent delivery failures in a row
 * @param topics saved searches whose new papers are mailed
 */
public record Subscription(
    String id,
    String email,
    String userId,
    Status status,
    Frequency frequency,
    int topN,
    Instant createdAt,
    Instant confirmedAt,
    int bounces,
    List<Topic> topics) {

  public Subscription {
    topics = List.copyOf(topics == null ? List.of() : topics);
  }

  /** Where a subscription stands. */
  public enum Status {
    PENDING,
    ACTIVE,
    UNSUBSCRIBED,
    BOUNCING;

    /** The database spelling. */
    String db() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status of(String db) {
      return valueOf(db.toUpperCase(Locale.ROOT));
    }
  }

  /** How often digests go out. */
  public enum Frequency {
    DAILY,
    WEEKLY;

    /** The database and form spelling. */
    public String db() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses daily or weekly, naming the bad value otherwise. */
    public static Frequency parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "frequency must be daily or weekly; got '" + value + "'");
      }
    }
  }

  /**
   * A saved search of a subscription.
   *
   * @param id random id
   * @param query the query as typed
   * @param createdAt when it was saved
   * @param watermark when its last alert batch was made (its creation at first)
   */
  public record Topic(String id, String query, Instant createdAt, Instant watermark) {}
}
