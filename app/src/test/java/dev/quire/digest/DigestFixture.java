package dev.quire.digest;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.mail.MailSender;
import dev.quire.paper.Organization;
import dev.quire.testing.Fixtures;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A site with featured papers and a mail server, for digest tests. */
final class DigestFixture {
  static final String SITE_URL = "https://papers.example.org";
  static final LocalDate FRI = LocalDate.parse("2026-08-21");
  static final LocalDate SAT = LocalDate.parse("2026-08-22");
  static final Instant FRIDAY_EVENING = Instant.parse("2026-08-21T20:00:00Z");
  static final Organization GOOGLE =
      new Organization("google", "Google Research", "https://example.org/google.png", "5e6a");

  private DigestFixture() {}

  /** Config of a fresh database sending over plain SMTP to {@code smtpPort}, no schedule. */
  static Config config(TestDb db, Path dir, int smtpPort) {
    Config c = db.config(dir);
    return Config.load(
            Map.of(
                "data", dir.toString(),
                "sample", "false",
                "port", "0",
                "base.url", SITE_URL,
                "digest.at", "off",
                "mail.smtp.host", "127.0.0.1",
                "mail.smtp.port", Integer.toString(smtpPort),
                "mail.smtp.security", "none",
                "mail.from", "Quire <digest@papers.example.org>"),
            Map.of())
        .with(b -> b.database(c.jdbcUrl(), c.dbUser(), c.dbPassword()));
  }

  static Quire open(Config config, MutableClock clock) {
    return Quire.open(config, clock, (MailSender) null);
  }

  /** Three papers featured on Friday: 30 upvotes (Google), 10 and 3. */
  static void seed(Quire q) {
    Fixtures.feature(
        q.paperStore(), Fixtures.paper("2608.10001", "Lanterns of Attention", 30), FRI, GOOGLE);
    Fixtures.feature(q.paperStore(), Fixtures.paper("2608.10002", "Quiet Gradients", 3), FRI, null);
    Fixtures.feature(
        q.paperStore(), Fixtures.paper("2608.10003", "Middle Path Decoding", 10), FRI, null);
  }

  /** Active daily subscribers, without confirmation. */
  static void subscribers(Quire q, List<String> emails, int top) {
    q.digests()
        .subscriptionRepository()
        .insertActive(emails, Frequency.DAILY, top, Instant.parse("2026-08-01T00:00:00Z"));
  }

  static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** The body part of this MIME type (text/plain or text/html) of a multipart message. */
  static String part(MimeMessage m, String type) {
    try {
      Multipart mp = (Multipart) m.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        if (p.isMimeType(type)) {
          return (String) p.getContent();
        }
      }
      throw new AssertionError("no " + type + " part");
    } catch (java.io.IOException | jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  static String text(MimeMessage m) {
    try {
      return m.getContent() instanceof String s ? s : part(m, "text/plain");
    } catch (java.io.IOException | jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  static String header(MimeMessage m, String name) {
    try {
      String[] v = m.getHeader(name);
      return v == null ? null : v[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
