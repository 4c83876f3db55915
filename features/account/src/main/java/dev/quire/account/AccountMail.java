package dev.quire.account;

import dev.quire.mail.MailMessage;
import dev.quire.mail.MailSender;
import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mails of accounts (confirmation, reset, "someone tried to sign up with your address"): links
 * under the configured base URL only, at most {@link #PER_RECIPIENT} per address per hour, written
 * by a background thread so that a request takes as long whether or not a mail goes out.
 */
final class AccountMail {
  private static final Logger LOG = LoggerFactory.getLogger(AccountMail.class);
  static final int PER_RECIPIENT = 3;

  private final MailSender mail;
  private final Supplier<String> links;
  private final RateLimiter perRecipient;
  private final ExecutorService sender =
      new ThreadPoolExecutor(
          0,
          1,
          5,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(10_000),
          r -> {
            Thread t = new Thread(r, "quire-account-mail");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  AccountMail(MailSender mail, Supplier<String> links, RateLimiters limits) {
    this.mail = mail;
    this.links = links;
    this.perRecipient = limits.limiter("account-mail", PER_RECIPIENT, Duration.ofHours(1));
  }

  /** Whether mail reaches inboxes (SMTP) rather than files on the server. */
  boolean reachesInboxes() {
    return mail.reachesInboxes();
  }

  /** Where mail goes, in words. */
  String describe() {
    return mail.describe();
  }

  /** The absolute URL of a site path, from the configured base URL. */
  String link(String pathAndQuery) {
    return links.get() + pathAndQuery;
  }

  /** Queues a mail unless this recipient had too many this hour; says whether it was queued. */
  boolean send(String to, String subject, String body) {
    if (!perRecipient.acquire(to).allowed()) {
      LOG.warn("not mailing {} (\"{}\"): {} account mails this hour", to, subject, PER_RECIPIENT);
      return false;
    }
    MailMessage message = MailMessage.text(to, subject, body);
    sender.execute(
        () -> {
          try {
            mail.send(message);
          } catch (RuntimeException e) {
            LOG.warn("account mail to {} (\"{}\") failed: {}", to, subject, e.getMessage());
          }
        });
    return true;
  }

  /** Waits until every queued mail is written or sent (for tests and shutdown). */
  void drain() {
    try {
      sender.submit(() -> {}).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("account mail did not drain: " + e.getMessage(), e);
    }
  }
}
