package dev.quire.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.digest.Subscription.Status;
import dev.quire.mail.MailDeliveryException;
import dev.quire.mail.MailMessage;
import dev.quire.mail.MailSender;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second half of a digest run: sends each due outbox message and marks it, one at a time. Each
 * message is claimed (status sending) before it goes out and marked sent right after, so a crash
 * can at worst resend the one message that was in flight, after {@link #LEASE}, with the same
 * Message-ID. Temporary failures are retried with doubling backoff; permanent ones count towards
 * marking the address bouncing.
 */
final class OutboxSender {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** How long a claimed message may stay unfinished before another pass takes it over. */
  static final Duration LEASE = Duration.ofMinutes(10);

  private static final int BATCH = 500;

  /** Most papers of the "For you" section of one digest. */
  static final int FOR_YOU_LIMIT = 5;

  private final DigestSettings settings;
  private final OutboxRepository outbox;
  private final SubscriptionRepository subscriptions;
  private final PaperRepository papers;
  private final DigestComposer composer;
  private final MailSender mail;
  private final Clock clock;
  private final PersonalPicks picks;
  private final ObjectMapper json = new ObjectMapper();

  OutboxSender(
      DigestSettings settings,
      OutboxRepository outbox,
      SubscriptionRepository subscriptions,
      PaperRepository papers,
      DigestComposer composer,
      MailSender mail,
      Clock clock,
      PersonalPicks picks) {
    this.picks = picks;
    this.settings = settings;
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.papers = papers;
    this.composer = composer;
    this.mail = mail;
    this.clock = clock;
  }

  /** Sends every message due now; safe to run again at any time and from several processes. */
  SendReport sendDue() {
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    int skipped = 0;
    Map<String, DigestRun> runs = new HashMap<>();
    Map<String, DigestItem> items = new HashMap<>();
    Set<String> seen = new HashSet<>();
    while (true) {
      Instant now = clock.instant();
      List<OutboxMessage> due = outbox.due(now, now.minus(LEASE), BATCH);
      boolean progress = false;
      for (OutboxMessage m : due) {
        if (!seen.add(m.subscriptionId() + " " + m.digestKey())) {
          continue;
        }
        progress = true;
        if (m.status() != Status.ACTIVE) {
          outbox.markSkipped(m, "subscription is " + m.status().db(), now);
          skipped++;
          continue;
        }
        if (!outbox.claim(m, clock.instant(), clock.instant().minus(LEASE))) {
          continue;
        }
        MailMessage message = compose(m, runs, items);
        if (message == null) {
          outbox.markSkipped(m, "nothing to send", clock.instant());
          skipped++;
          continue;
        }
        try {
          mail.send(message);
          outbox.markSent(m, clock.instant());
          sent++;
          if (m.bounces() > 0) {
            subscriptions.clearBounces(m.subscriptionId());
          }
        } catch (MailDeliveryException e) {
          int attempts = m.attempts() + 1;
          if (e.permanent()) {
            outbox.markFailed(m, e.getMessage(), clock.instant());
            failed++;
            if (subscriptions.recordBounce(
                m.subscriptionId(), settings.bounceLimit(), e.getMessage())) {
              LOG.warn("{} is now marked bouncing: {}", m.email(), e.getMessage());
            }
          } else if (attempts >= settings.maxAttempts()) {
            outbox.markFailed(
                m, "gave up after " + attempts + " attempts: " + e.getMessage(), clock.instant());
            failed++;
          } else {
            Instant next = clock.instant().plus(settings.backoff(attempts));
            outbox.markRetry(m, next, e.getMessage());
            retrying++;
            LOG.info("{} (attempt {}); retrying at {}", e.getMessage(), attempts, next);
            if (e.replyCode() < 0) {
              LOG.warn("stopping this pass: the mail server could not be reached");
              return new SendReport(sent, retrying, failed, skipped, true);
            }
          }
        }
      }
      if (!progress) {
        return new SendReport(sent, retrying, failed, skipped, false);
      }
    }
  }

  private MailMessage compose(
      OutboxMessage m, Map<String, DigestRun> runs, Map<String, DigestItem> items) {
    if (m.payload() != null) {
      return alertMessage(m, items);
    }
    DigestRun run = runs.computeIfAbsent(m.digestKey(), k -> outbox.run(k).orElse(null));
    if (run == null) {
      return null;
    }
    List<String> ids = run.paperIds().subList(0, Math.min(m.topN(), run.paperIds().size()));
    List<DigestItem> list = items(ids, items);
    return list.isEmpty() ? null : composer.digest(m, run, list, forYou(m, run, items));
  }

  /** The reader's "For you" papers of the run's period, with reasons; empty when off. */
  private List<DigestItem> forYou(OutboxMessage m, DigestRun run, Map<String, DigestItem> items) {
    if (!m.forYou() || m.userId() == null) {
      return List.of();
    }
    List<PersonalPicks.Pick> chosen;
    try {
      chosen = picks.picks(m.userId(), run.from(), run.toExclusive(), FOR_YOU_LIMIT);
    } catch (RuntimeException e) {
      LOG.warn("no For you section for {}: {}", m.subscriptionId(), e.toString());
      return List.of();
    }
    items(chosen.stream().map(PersonalPicks.Pick::paperId).toList(), items); // loads them
    List<DigestItem> out = new ArrayList<>();
    for (PersonalPicks.Pick p : chosen) {
      DigestItem i = items.get(p.paperId());
      if (i != null) {
        out.add(i.withReason(p.reason()));
      }
    }
    return out;
  }

  private MailMessage alertMessage(OutboxMessage m, Map<String, DigestItem> items) {
    List<DigestSection> sections = new ArrayList<>();
    try {
      for (JsonNode topic : json.readTree(m.payload())) {
        List<String> ids = new ArrayList<>();
        topic.path("papers").forEach(p -> ids.add(p.asText()));
        List<DigestItem> list = items(ids, items);
        if (!list.isEmpty()) {
          sections.add(new DigestSection(topic.path("query").asText(), list));
        }
      }
    } catch (IOException e) {
      LOG.error("alert payload of {} {} is not JSON", m.subscriptionId(), m.digestKey(), e);
      return null;
    }
    LocalDate day = LocalDate.parse(m.digestKey().substring(m.digestKey().indexOf(':') + 1));
    return sections.isEmpty() ? null : composer.alerts(m, day, sections);
  }

  /** The items of these papers, in order, loading the ones not cached yet in one query. */
  private List<DigestItem> items(List<String> ids, Map<String, DigestItem> cache) {
    List<String> missing = ids.stream().filter(id -> !cache.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      Map<String, Paper> found = papers.findAll(missing);
      Set<String> orgNames = new HashSet<>();
      found.values().stream()
          .map(Paper::organization)
          .filter(Objects::nonNull)
          .forEach(orgNames::add);
      Map<String, Organization> orgs = papers.findOrganizations(orgNames);
      for (Paper p : found.values()) {
        cache.put(
            p.id(), composer.item(p, p.organization() == null ? null : orgs.get(p.organization())));
      }
    }
    return ids.stream().map(cache::get).filter(Objects::nonNull).toList();
  }
}
