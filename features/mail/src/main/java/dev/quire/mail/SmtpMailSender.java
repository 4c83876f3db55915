package dev.quire.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends over SMTP with Jakarta Mail (Eclipse Angus): plain, STARTTLS (required) or implicit TLS,
 * with optional authentication. One connection is kept open and reused for successive messages
 * (reopened every {@value #MESSAGES_PER_CONNECTION} messages and after any failure); sends are
 * serialised.
 */
public final class SmtpMailSender implements MailSender {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);
  static final int MESSAGES_PER_CONNECTION = 200;

  private final MailSettings settings;
  private final Session session;
  private final Clock clock;
  private Transport transport;
  private int sentOnConnection;

  public SmtpMailSender(MailSettings settings, Clock clock) {
    if (!settings.smtpConfigured()) {
      throw new IllegalArgumentException("SMTP needs mail.smtp.host");
    }
    this.settings = settings;
    this.clock = clock;
    this.session = Session.getInstance(properties(settings));
  }

  static Properties properties(MailSettings s) {
    Properties p = new Properties();
    String millis = Long.toString(s.timeout().toMillis());
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", s.smtpHost());
    p.put("mail.smtp.port", Integer.toString(s.smtpPort()));
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    p.put("mail.smtp.auth", Boolean.toString(!s.user().isEmpty()));
    switch (s.security()) {
      case NONE -> p.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
      case STARTTLS -> {
        p.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    return p;
  }

  @Override
  public synchronized void send(MailMessage message) {
    MimeMessage mime;
    try {
      mime = message.toMime(session, settings.from(), clock.instant());
    } catch (MessagingException e) {
      throw new MailDeliveryException(
          "cannot build the message to " + message.to() + ": " + e.getMessage(), true, -1, e);
    }
    try {
      if (transport == null
          || !transport.isConnected()
          || sentOnConnection >= MESSAGES_PER_CONNECTION) {
        disconnect();
        transport = session.getTransport("smtp");
        if (settings.user().isEmpty()) {
          transport.connect();
        } else {
          transport.connect(settings.user(), settings.password());
        }
        sentOnConnection = 0;
      }
      transport.sendMessage(mime, mime.getAllRecipients());
      sentOnConnection++;
    } catch (MessagingException e) {
      disconnect();
      throw classify(message.to(), e);
    }
  }

  /** Sorts a failure into permanent (5xx) or temporary (4xx, no reply, authentication). */
  static MailDeliveryException classify(String to, MessagingException e) {
    int code = replyCode(e);
    boolean permanent = code >= 500 && code < 600 && !(e instanceof AuthenticationFailedException);
    String what =
        code > 0
            ? "SMTP " + code
            : e instanceof AuthenticationFailedException ? "SMTP auth" : "SMTP";
    return new MailDeliveryException(
        what + " failure sending to " + to + ": " + oneLine(e), permanent, code, e);
  }

  /** The SMTP reply code somewhere in the exception chain, or -1. */
  static int replyCode(Throwable e) {
    for (Throwable t = e; t != null; ) {
      if (t instanceof SMTPAddressFailedException a) {
        return a.getReturnCode();
      }
      if (t instanceof SMTPSendFailedException s) {
        return s.getReturnCode();
      }
      Throwable next = t instanceof MessagingException m ? m.getNextException() : null;
      t = next != null && next != t ? next : t.getCause() != t ? t.getCause() : null;
    }
    return -1;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.strip().replaceAll("\\s+", " ");
  }

  private void disconnect() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("closing the SMTP connection failed", e);
      }
      transport = null;
    }
  }

  @Override
  public String describe() {
    return settings.toString();
  }

  @Override
  public synchronized void close() {
    disconnect();
  }
}
