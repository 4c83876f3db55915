package dev.quire.digest;

import dev.quire.digest.Subscription.Frequency;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A validated request to subscribe, from the subscribe form or (once accounts exist) account
 * settings.
 *
 * @param email a plain address, e.g. ada@example.org
 * @param frequency daily or weekly
 * @param topN trending papers per digest, 0 for topic alerts only
 * @param topics saved searches, each valid for {@link TopicQuery}
 * @param userId the account asking, or null
 */
public record SubscribeRequest(
    String email, Frequency frequency, int topN, List<String> topics, String userId) {
  /** Most topics one subscription may save. */
  public static final int MAX_TOPICS = 10;

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  public SubscribeRequest {
    email = checkedEmail(email);
    if (topN < 0 || topN > DigestSettings.MAX_TOP) {
      throw new IllegalArgumentException(
          "the number of papers must be 0 to " + DigestSettings.MAX_TOP + "; got " + topN);
    }
    topics = List.copyOf(topics);
    if (topics.size() > MAX_TOPICS) {
      throw new IllegalArgumentException("at most " + MAX_TOPICS + " topics; got " + topics.size());
    }
    for (String t : topics) {
      TopicQuery.parse(t);
    }
    if (topN == 0 && topics.isEmpty()) {
      throw new IllegalArgumentException(
          "with 0 trending papers, save at least one topic; otherwise there is nothing to send");
    }
  }

  /**
   * Parses the fields of the subscribe form: blank frequency and top mean daily and {@code
   * defaultTop}; topics one per line.
   */
  public static SubscribeRequest parse(
      String email, String frequency, String top, String topics, int defaultTop) {
    int n = defaultTop;
    if (top != null && !top.isBlank()) {
      try {
        n = Integer.parseInt(top.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the number of papers must be a whole number; got '" + top + "'");
      }
    }
    List<String> lines = new ArrayList<>();
    if (topics != null) {
      Arrays.stream(topics.split("\\R"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .distinct()
          .forEach(lines::add);
    }
    return new SubscribeRequest(
        email,
        frequency == null || frequency.isBlank() ? Frequency.DAILY : Frequency.parse(frequency),
        n,
        lines,
        null);
  }

  private static String checkedEmail(String raw) {
    String e = raw == null ? "" : raw.strip();
    if (e.isEmpty()) {
      throw new IllegalArgumentException("enter an email address");
    }
    if (e.length() > 254 || !ADDRESS.matcher(e).matches()) {
      throw new IllegalArgumentException("'" + abbreviate(e) + "' is not an email address");
    }
    try {
      new InternetAddress(e, true).validate();
    } catch (AddressException x) {
      throw new IllegalArgumentException("'" + abbreviate(e) + "' is not an email address");
    }
    return e;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
