package dev.quire.harvest;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Harvest configuration, read by {@code Config} from the {@code harvest.*} and {@code
 * arxiv.api.url} keys.
 *
 * @param oaiUrl OAI-PMH base URL ({@code harvest.url})
 * @param metadataPrefix default metadata format ({@code harvest.format})
 * @param sets sets the daily job harvests and {@code quire harvest} uses without --set ({@code
 *     harvest.sets})
 * @param dailyAt UTC time of the daily job in {@code quire serve}, null when off ({@code
 *     harvest.daily.at})
 * @param requestInterval least time between requests ({@code harvest.delay}, seconds)
 * @param maxAttempts attempts per request before giving up ({@code harvest.attempts})
 * @param retryBackoff first wait after a failure without Retry-After, doubling each time
 * @param maxRetryAfter the longest Retry-After honoured
 * @param atomApiUrl arXiv Atom API URL for papers added by id ({@code arxiv.api.url})
 */
public record HarvestSettings(
    URI oaiUrl,
    String metadataPrefix,
    List<String> sets,
    LocalTime dailyAt,
    Duration requestInterval,
    int maxAttempts,
    Duration retryBackoff,
    Duration maxRetryAfter,
    URI atomApiUrl) {

  public HarvestSettings {
    sets = List.copyOf(sets);
    if (!HarvestRequest.FORMATS.contains(metadataPrefix)) {
      throw new IllegalArgumentException(
          "harvest.format must be one of "
              + String.join(", ", HarvestRequest.FORMATS)
              + "; got '"
              + metadataPrefix
              + "'");
    }
    if (dailyAt != null && sets.isEmpty()) {
      throw new IllegalArgumentException(
          "harvest.daily.at is "
              + dailyAt
              + " but harvest.sets names no set; set e.g. harvest.sets=cs,math or harvest.sets=all");
    }
    for (String s : sets) {
      HarvestRequest.parse(s, metadataPrefix, null, null); // validates the set name
    }
  }

  /** The settings in {@code values} (config keys to strings), defaults for what is missing. */
  public static HarvestSettings from(Map<String, String> values) {
    String daily = values.getOrDefault("harvest.daily.at", "").strip();
    String format = values.getOrDefault("harvest.format", "arXiv").strip();
    return new HarvestSettings(
        url(values.getOrDefault("harvest.url", "https://oaipmh.arxiv.org/oai"), "harvest.url"),
        HarvestRequest.FORMATS.stream()
            .filter(f -> f.equalsIgnoreCase(format))
            .findFirst()
            .orElse(format),
        Arrays.stream(values.getOrDefault("harvest.sets", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        daily.isEmpty() || daily.equalsIgnoreCase("off") ? null : time(daily),
        seconds(values.getOrDefault("harvest.delay", "3"), "harvest.delay"),
        attempts(values.getOrDefault("harvest.attempts", "6")),
        Duration.ofSeconds(10),
        Duration.ofHours(1),
        url(
            values.getOrDefault("arxiv.api.url", "https://export.arxiv.org/api/query"),
            "arxiv.api.url"));
  }

  /** The defaults: arXiv's endpoints, 3 s between requests, no daily job. */
  public static HarvestSettings defaults() {
    return from(Map.of());
  }

  /** A copy with another OAI-PMH base URL. */
  public HarvestSettings withOaiUrl(URI url) {
    return new HarvestSettings(
        url,
        metadataPrefix,
        sets,
        dailyAt,
        requestInterval,
        maxAttempts,
        retryBackoff,
        maxRetryAfter,
        atomApiUrl);
  }

  /** A copy with another arXiv API URL. */
  public HarvestSettings withAtomApiUrl(URI url) {
    return new HarvestSettings(
        oaiUrl,
        metadataPrefix,
        sets,
        dailyAt,
        requestInterval,
        maxAttempts,
        retryBackoff,
        maxRetryAfter,
        url);
  }

  /** A copy with another interval between requests. */
  public HarvestSettings withRequestInterval(Duration interval) {
    return new HarvestSettings(
        oaiUrl,
        metadataPrefix,
        sets,
        dailyAt,
        interval,
        maxAttempts,
        retryBackoff,
        maxRetryAfter,
        atomApiUrl);
  }

  private static URI url(String value, String key) {
    try {
      URI u = URI.create(value.strip());
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " must be an http(s) URL; got '" + value + "'");
    }
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "harvest.daily.at must be a UTC time as HH:MM, or empty for off; got '" + value + "'");
    }
  }

  private static Duration seconds(String value, String key) {
    try {
      double s = Double.parseDouble(value.strip());
      if (s >= 0 && s <= 3600) {
        return Duration.ofMillis(Math.round(s * 1000));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        key + " must be seconds from 0 to 3600; got '" + value + "'");
  }

  private static int attempts(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "harvest.attempts must be a whole number from 1 to 100; got '" + value + "'");
  }
}
