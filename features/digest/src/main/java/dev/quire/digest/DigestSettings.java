package dev.quire.digest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Email digest configuration, read by {@code Config} from the {@code digest.*} keys.
 *
 * @param at time of day of the scheduled run in {@code quire serve}, null when off ({@code
 *     digest.at}, default 07:00)
 * @param zone time zone of {@code at} and of the digest's dates ({@code digest.zone}, default UTC)
 * @param dayOffset 1: the run on day D mails the papers of D-1; 0: of D ({@code digest.day},
 *     yesterday or today; default yesterday)
 * @param weekends whether daily digests of Saturdays and Sundays go out ({@code digest.weekends},
 *     default false)
 * @param weekEnds the last day of the week a weekly digest covers: the weekly digest of date D,
 *     made when D is this day, lists the papers of D-6 to D ({@code digest.weekly.ends}, default
 *     SUNDAY)
 * @param defaultTop papers per digest unless the subscriber chose ({@code digest.top}, default 10)
 * @param maxAttempts attempts per message before it is given up on ({@code digest.attempts})
 * @param retryBackoff wait after the first temporary failure, doubling each time, at most 6 hours
 * @param bounceLimit permanent failures in a row after which the address is marked bouncing ({@code
 *     digest.bounce.limit}, default 3)
 * @param confirmInterval least time between two confirmation mails to one address
 * @param secret HMAC key for links in mails ({@code digest.secret}); empty means {@code
 *     <data>/secret.key}, generated on first use
 */
public record DigestSettings(
    LocalTime at,
    ZoneId zone,
    int dayOffset,
    boolean weekends,
    DayOfWeek weekEnds,
    int defaultTop,
    int maxAttempts,
    Duration retryBackoff,
    int bounceLimit,
    Duration confirmInterval,
    String secret) {

  /** Most papers one digest may list. */
  public static final int MAX_TOP = 50;

  public DigestSettings {
    secret = secret == null ? "" : secret.strip();
    if (defaultTop < 1 || defaultTop > MAX_TOP) {
      throw new IllegalArgumentException(
          "digest.top must be 1.." + MAX_TOP + "; got " + defaultTop);
    }
    if (!secret.isEmpty() && secret.length() < 16) {
      throw new IllegalArgumentException(
          "digest.secret must be at least 16 characters (or empty to generate one)");
    }
  }

  /** The settings in {@code values} (config keys to strings), defaults for what is missing. */
  public static DigestSettings from(Map<String, String> values) {
    String at = values.getOrDefault("digest.at", "07:00").strip();
    String day = values.getOrDefault("digest.day", "yesterday").strip().toLowerCase(Locale.ROOT);
    if (!day.equals("today") && !day.equals("yesterday")) {
      throw new IllegalArgumentException(
          "digest.day must be today or yesterday; got '" + day + "'");
    }
    return new DigestSettings(
        at.isEmpty() || at.equalsIgnoreCase("off") ? null : time(at),
        zone(values.getOrDefault("digest.zone", "UTC")),
        day.equals("today") ? 0 : 1,
        bool(values.getOrDefault("digest.weekends", "false"), "digest.weekends"),
        weekday(values.getOrDefault("digest.weekly.ends", "SUNDAY")),
        number(values.getOrDefault("digest.top", "10"), "digest.top", 1, MAX_TOP),
        number(values.getOrDefault("digest.attempts", "8"), "digest.attempts", 1, 100),
        Duration.ofMinutes(2),
        number(values.getOrDefault("digest.bounce.limit", "3"), "digest.bounce.limit", 1, 100),
        Duration.ofMinutes(10),
        values.getOrDefault("digest.secret", ""));
  }

  /** The defaults: 07:00 UTC, yesterday's papers, no weekends, weeks ending on Sundays, top 10. */
  public static DigestSettings defaults() {
    return from(Map.of());
  }

  /** A copy with another bounce limit. */
  public DigestSettings withBounceLimit(int limit) {
    return new DigestSettings(
        at,
        zone,
        dayOffset,
        weekends,
        weekEnds,
        defaultTop,
        maxAttempts,
        retryBackoff,
        limit,
        confirmInterval,
        secret);
  }

  /** A copy with weekend digests on or off. */
  public DigestSettings withWeekends(boolean on) {
    return new DigestSettings(
        at,
        zone,
        dayOffset,
        on,
        weekEnds,
        defaultTop,
        maxAttempts,
        retryBackoff,
        bounceLimit,
        confirmInterval,
        secret);
  }

  /** The wait before attempt {@code attempt + 1} after {@code attempt} temporary failures. */
  public Duration backoff(int attempt) {
    Duration d = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    return d.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : d;
  }

  @Override
  public String toString() {
    return "DigestSettings[at="
        + (at == null ? "off" : at + " " + zone)
        + ", day="
        + (dayOffset == 0 ? "today" : "yesterday")
        + ", weekends="
        + weekends
        + ", weekly="
        + weekEnds
        + ", top="
        + defaultTop
        + ", secret="
        + (secret.isEmpty() ? "file" : "set")
        + "]";
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "digest.at must be a time as HH:MM, or off; got '" + value + "'");
    }
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "digest.zone must be a time zone like UTC or Europe/Paris; got '" + value + "'");
    }
  }

  private static DayOfWeek weekday(String value) {
    try {
      return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "digest.weekly.ends must be a day like SUNDAY; got '" + value + "'");
    }
  }

  private static boolean bool(String value, String key) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new IllegalArgumentException(key + " must be true or false; got '" + value + "'");
  }

  private static int number(String value, String key, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        key + " must be a whole number from " + min + " to " + max + "; got '" + value + "'");
  }
}
