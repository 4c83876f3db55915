package dev.quire.digest;

import dev.quire.digest.Subscription.Status;
import dev.quire.mail.MailDeliveryException;
import dev.quire.mail.MailSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribing (double opt-in), confirming and unsubscribing. What a caller learns never depends on
 * whether an address was already subscribed, and an address gets at most one confirmation mail per
 * {@code confirmInterval}.
 */
public final class Subscriptions {
  private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
  static final String UNSUBSCRIBE = "unsubscribe";
  static final String CONFIRM = "confirm";
  static final Duration CONFIRM_VALIDITY = Duration.ofDays(7);

  private final SubscriptionRepository repo;
  private final SignedTokens tokens;
  private final DigestComposer composer;
  private final MailSender mail;
  private final DigestSettings settings;
  private final Supplier<String> siteUrl;
  private final Clock clock;

  Subscriptions(
      SubscriptionRepository repo,
      SignedTokens tokens,
      DigestComposer composer,
      MailSender mail,
      DigestSettings settings,
      Supplier<String> siteUrl,
      Clock clock) {
    this.repo = repo;
    this.tokens = tokens;
    this.composer = composer;
    this.mail = mail;
    this.settings = settings;
    this.siteUrl = siteUrl;
    this.clock = clock;
  }

  /** How a confirmation link went. */
  public enum Confirmation {
    /** The subscription is active from now. */
    CONFIRMED,
    /** It was confirmed before; nothing changed. */
    ALREADY_ACTIVE,
    /** The link is not valid, has expired, or the subscription ended since. */
    INVALID
  }

  /**
   * Records the request and mails a confirmation link (or, to an active subscriber, a notice), at
   * most once per {@code confirmInterval} per address. Mail failures are logged, not thrown.
   */
  public void subscribe(SubscribeRequest r) {
    Instant now = clock.instant();
    Subscription s = repo.request(r.email(), r.frequency(), r.topN(), r.topics(), r.userId(), now);
    if (!repo.claimConfirmationMail(s.id(), now.minus(settings.confirmInterval()), now)) {
      LOG.info("not mailing {} again so soon (rate limit)", s.email());
      return;
    }
    try {
      if (s.status() == Status.ACTIVE) {
        mail.send(composer.alreadySubscribed(s));
      } else {
        mail.send(composer.confirmation(s, confirmUrl(s.id(), now)));
      }
    } catch (MailDeliveryException e) {
      LOG.warn("confirmation mail to {} failed: {}", s.email(), e.getMessage());
    }
  }

  /**
   * Subscribes an address the caller has already verified (a signed-in account's confirmed email,
   * from account settings): stored with the account's id and active at once, no confirmation mail.
   * An active subscription of the address takes the new choices and topics.
   */
  public Subscription subscribeVerified(SubscribeRequest r) {
    if (r.userId() == null) {
      throw new IllegalArgumentException("only an account's verified address skips confirmation");
    }
    Instant now = clock.instant();
    repo.unsubscribeForChange(r.email(), now);
    Subscription s = repo.request(r.email(), r.frequency(), r.topN(), r.topics(), r.userId(), now);
    repo.confirm(s.id(), now);
    return repo.find(s.id()).orElseThrow();
  }

  /** The link that confirms this subscription, valid for 7 days from {@code now}. */
  String confirmUrl(String id, Instant now) {
    String expires = Long.toString(now.plus(CONFIRM_VALIDITY).getEpochSecond());
    return siteUrl.get() + "/subscribe/confirm?token=" + tokens.sign(CONFIRM, id, expires);
  }

  /** The subscription a confirmation link is for, if the link is valid and unexpired. */
  public Optional<Subscription> forConfirmation(String token) {
    return tokens
        .verify(CONFIRM, token)
        .filter(parts -> parts.size() == 2 && unexpired(parts.get(1)))
        .flatMap(parts -> repo.find(parts.get(0)));
  }

  /** Confirms the subscription of a valid confirmation link. */
  public Confirmation confirm(String token) {
    Optional<Subscription> s = forConfirmation(token);
    if (s.isEmpty()) {
      return Confirmation.INVALID;
    }
    if (repo.confirm(s.get().id(), clock.instant())) {
      LOG.info("subscription of {} confirmed", s.get().email());
      return Confirmation.CONFIRMED;
    }
    Status now = repo.find(s.get().id()).map(Subscription::status).orElse(Status.UNSUBSCRIBED);
    return now == Status.ACTIVE ? Confirmation.ALREADY_ACTIVE : Confirmation.INVALID;
  }

  /** The subscription an unsubscribe link is for, if the link is valid. */
  public Optional<Subscription> forUnsubscribe(String token) {
    return tokens
        .verify(UNSUBSCRIBE, token)
        .filter(parts -> parts.size() == 1)
        .flatMap(parts -> repo.find(parts.get(0)));
  }

  /** Ends the subscription of a valid unsubscribe link; false when the link is not valid. */
  public boolean unsubscribe(String token) {
    Optional<Subscription> s = forUnsubscribe(token);
    if (s.isEmpty()) {
      return false;
    }
    if (repo.unsubscribe(s.get().id(), clock.instant())) {
      LOG.info("{} unsubscribed", s.get().email());
    }
    return true;
  }

  /** Ends every active subscription of an account (from its settings page). */
  public void unsubscribeUser(String userId) {
    Instant now = clock.instant();
    for (Subscription s : repo.findByUser(userId)) {
      if (s.status() == Status.ACTIVE && repo.unsubscribe(s.id(), now)) {
        LOG.info("{} unsubscribed from account settings", s.email());
      }
    }
  }

  /**
   * Switches the "For you" section of an account's own subscription on or off; only a subscription
   * that belongs to the account {@code userId} can carry it.
   */
  public void setForYou(Subscription s, String userId, boolean on) {
    if (s.userId() == null || !s.userId().equals(userId)) {
      throw new IllegalArgumentException(
          "only an account's own digest can carry a For you section");
    }
    repo.setForYou(s.id(), on);
  }

  /** Whether the digests of this subscription carry a "For you" section. */
  public boolean forYou(String subscriptionId) {
    return repo.forYou(subscriptionId);
  }

  /** The subscriptions of an account, for account settings. */
  public List<Subscription> ofUser(String userId) {
    return repo.findByUser(userId);
  }

  private boolean unexpired(String epochSeconds) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(epochSeconds)).isAfter(clock.instant());
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
