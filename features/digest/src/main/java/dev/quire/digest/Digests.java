package dev.quire.digest;

import dev.quire.mail.MailSender;
import dev.quire.paper.PaperRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The entry point to email digests, wired once per process by {@code Quire}: subscriptions, runs
 * ({@code quire digest send}), the outbox, the scheduled job and the admin overview.
 */
public final class Digests implements AutoCloseable {
  private final DigestSettings settings;
  private final MailSender mail;
  private final SubscriptionRepository subscriptionRepo;
  private final OutboxRepository outbox;
  private final Subscriptions subscriptions;
  private final DigestPlanner planner;
  private final OutboxSender sender;
  private final Clock clock;
  private final DigestJob job;

  /**
   * Digests of the site {@code siteName} at {@code siteUrl} (links in mails), sending through
   * {@code mail}; the token key comes from the settings or {@code <dataDir>/secret.key}; {@code
   * picks} fills the optional "For you" section of readers' digests ({@link PersonalPicks#NONE} for
   * none).
   */
  public Digests(
      DigestSettings settings,
      MailSender mail,
      String siteName,
      Supplier<String> siteUrl,
      Path dataDir,
      Jdbi jdbi,
      PaperRepository papers,
      TopicMatcher matcher,
      Clock clock,
      PersonalPicks picks) {
    this.settings = settings;
    this.mail = mail;
    this.clock = clock;
    SignedTokens tokens = SignedTokens.load(settings.secret(), dataDir);
    DigestComposer composer = new DigestComposer(siteName, siteUrl, tokens);
    this.subscriptionRepo = new SubscriptionRepository(jdbi);
    this.outbox = new OutboxRepository(jdbi);
    this.subscriptions =
        new Subscriptions(subscriptionRepo, tokens, composer, mail, settings, siteUrl, clock);
    this.planner = new DigestPlanner(settings, papers, subscriptionRepo, outbox, matcher, clock);
    this.sender =
        new OutboxSender(settings, outbox, subscriptionRepo, papers, composer, mail, clock, picks);
    this.job = settings.at() == null ? null : new DigestJob(this, settings, clock);
  }

  public DigestSettings settings() {
    return settings;
  }

  /** Subscribing, confirming, unsubscribing. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** The subscriptions' storage, for the admin page and bulk loading. */
  public SubscriptionRepository subscriptionRepository() {
    return subscriptionRepo;
  }

  /** Digest runs and the outbox, for the admin page. */
  public OutboxRepository outbox() {
    return outbox;
  }

  /** Where mail goes, in words. */
  public String mailDescription() {
    return mail.describe();
  }

  /**
   * Runs the digests of {@code date}: plans them (fixing papers, queueing messages), then sends
   * every due message. Running the same date again sends only what is still due.
   */
  public List<String> run(LocalDate date) {
    List<String> lines = new ArrayList<>(planner.plan(date));
    lines.add("outbox: " + sender.sendDue().describe());
    return lines;
  }

  /** Sends what is due in the outbox (retries, or messages of an interrupted run). */
  public SendReport sendDue() {
    return sender.sendDue();
  }

  /** The date whose digests a run at this moment makes: today or yesterday in the digest zone. */
  public LocalDate digestDate() {
    return LocalDate.now(clock.withZone(settings.zone())).minusDays(settings.dayOffset());
  }

  /** The scheduled job of {@code quire serve}, or null when {@code digest.at} is off. */
  public DigestJob job() {
    return job;
  }

  @Override
  public void close() {
    mail.close();
  }
}
