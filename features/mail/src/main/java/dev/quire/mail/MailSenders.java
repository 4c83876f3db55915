package dev.quire.mail;

import java.nio.file.Path;
import java.time.Clock;

/** Chooses the mail sender the configuration asks for. */
public final class MailSenders {
  private MailSenders() {}

  /** SMTP when {@code mail.smtp.host} is set, else .eml files under {@code <dataDir>/mail}. */
  public static MailSender create(MailSettings settings, Path dataDir, Clock clock) {
    return settings.smtpConfigured()
        ? new SmtpMailSender(settings, clock)
        : new EmlFileMailSender(dataDir.resolve("mail"), settings.from(), clock);
  }
}
