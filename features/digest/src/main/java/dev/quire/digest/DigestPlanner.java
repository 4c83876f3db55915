package dev.quire.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.digest.Subscription.Topic;
import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Trending;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first half of a digest run: decides which digests the date calls for, fixes their papers and
 * queues one outbox row per subscriber, all idempotently (a second plan of the same date adds only
 * subscribers that were not queued yet).
 */
final class DigestPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(DigestPlanner.class);

  /** How far before a topic's watermark a paper's arXiv date may lie: announcement lag. */
  static final Duration ALERT_LAG = Duration.ofDays(3);

  /** Most new papers one topic lists in one alert. */
  static final int ALERT_LIMIT = 20;

  private final DigestSettings settings;
  private final PaperRepository papers;
  private final SubscriptionRepository subscriptions;
  private final OutboxRepository outbox;
  private final TopicMatcher matcher;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  DigestPlanner(
      DigestSettings settings,
      PaperRepository papers,
      SubscriptionRepository subscriptions,
      OutboxRepository outbox,
      TopicMatcher matcher,
      Clock clock) {
    this.settings = settings;
    this.papers = papers;
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.matcher = matcher;
    this.clock = clock;
  }

  /** Plans the digests of {@code date}; returns one line per decision, for logs and the CLI. */
  List<String> plan(LocalDate date) {
    List<String> lines = new ArrayList<>();
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (weekend && !settings.weekends()) {
      lines.add(
          "daily: "
              + date
              + " is a "
              + date.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
              + "; daily digests skip weekends (digest.weekends=false)");
    } else {
      lines.add(digest("daily", date, date, date.plusDays(1), Frequency.DAILY));
      lines.add(alerts(date, Frequency.DAILY));
    }
    if (date.getDayOfWeek() == settings.weekEnds()) {
      lines.add(digest("weekly", date, date.minusDays(6), date.plusDays(1), Frequency.WEEKLY));
      lines.add(alerts(date, Frequency.WEEKLY));
    } else {
      lines.add(
          "weekly: none on "
              + date
              + "; weekly digests cover weeks ending on "
              + settings.weekEnds().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return lines;
  }

  /** The daily or weekly digest of [from, to): its papers, then its outbox rows. */
  private String digest(
      String kind, LocalDate date, LocalDate from, LocalDate to, Frequency frequency) {
    String key = kind + ":" + date;
    Instant now = clock.instant();
    List<FeaturedPaper> featured =
        papers.featured(new DailyQuery(from, to, null, DailyQuery.Sort.UPVOTES, 0, 2000));
    Trending trending =
        new Trending(Clock.fixed(to.atStartOfDay(settings.zone()).toInstant(), settings.zone()));
    Set<String> ranked = new LinkedHashSet<>();
    for (FeaturedPaper f : trending.sort(featured)) {
      if (ranked.size() < DigestSettings.MAX_TOP) {
        ranked.add(f.paper().id());
      }
    }
    DigestRun run = outbox.createRun(key, kind, from, to, List.copyOf(ranked), now);
    if (run.paperIds().isEmpty()) {
      return kind
          + ": no featured papers from "
          + from
          + " to "
          + to.minusDays(1)
          + "; nothing to send";
    }
    int queued = outbox.enqueueDigest(key, frequency, now);
    return kind
        + ": "
        + key
        + " lists "
        + run.paperIds().size()
        + " papers; "
        + queued
        + " new message(s) queued";
  }

  /** The topic alerts of {@code date} for subscribers of this frequency. */
  private String alerts(LocalDate date, Frequency frequency) {
    String key = "alerts:" + date;
    Instant now = clock.instant();
    List<Subscription> subs = subscriptions.activeWithTopics(frequency);
    if (subs.isEmpty()) {
      return "alerts (" + frequency.db() + "): no subscriber has topics";
    }
    outbox.createRun(key, "alerts", date, date.plusDays(1), List.of(), now);
    List<String> topicIds = subs.stream().flatMap(s -> s.topics().stream()).map(Topic::id).toList();
    Map<String, Set<String>> alerted = outbox.alerted(topicIds);
    int queued = 0;
    for (Subscription s : subs) {
      Map<String, List<String>> found = new LinkedHashMap<>();
      List<Map<String, Object>> payload = new ArrayList<>();
      List<String> quiet = new ArrayList<>();
      for (Topic t : s.topics()) {
        TopicQuery q;
        try {
          q = TopicQuery.parse(t.query());
        } catch (IllegalArgumentException e) {
          LOG.warn(
              "topic '{}' of subscription {} is not valid: {}", t.query(), s.id(), e.getMessage());
          continue;
        }
        Set<String> seen = alerted.getOrDefault(t.id(), Set.of());
        List<String> fresh =
            matcher
                .recentMatches(
                    q,
                    t.watermark().minus(ALERT_LAG),
                    t.watermark().atZone(settings.zone()).toLocalDate(),
                    ALERT_LIMIT + seen.size())
                .stream()
                .filter(id -> !seen.contains(id))
                .limit(ALERT_LIMIT)
                .toList();
        if (fresh.isEmpty()) {
          quiet.add(t.id());
        } else {
          found.put(t.id(), fresh);
          payload.add(Map.of("query", t.query(), "papers", fresh));
        }
      }
      outbox.advanceWatermarks(quiet, now);
      if (!found.isEmpty() && outbox.enqueueAlert(s.id(), key, payloadJson(payload), found, now)) {
        queued++;
      }
    }
    return "alerts ("
        + frequency.db()
        + "): "
        + subs.size()
        + " subscriber(s) with topics; "
        + queued
        + " new alert message(s) queued";
  }

  private String payloadJson(List<Map<String, Object>> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an alert payload", e);
    }
  }
}
