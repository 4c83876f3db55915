package dev.quire.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One mail to one recipient: a plain-text part, an optional HTML alternative, extra headers and an
 * optional fixed Message-ID (so that a resent message is recognisable as the same one).
 *
 * @param to recipient address
 * @param subject subject line
 * @param text plain-text body
 * @param html HTML body, or null for a text-only mail
 * @param headers extra headers in order, e.g. List-Unsubscribe
 * @param messageId Message-ID without angle brackets, or null for a generated one
 */
public record MailMessage(
    String to,
    String subject,
    String text,
    String html,
    Map<String, String> headers,
    String messageId) {

  public MailMessage {
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("a mail needs a recipient");
    }
    subject = subject == null ? "" : subject;
    text = text == null ? "" : text;
    headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
  }

  /** A text-only mail with no extra headers. */
  public static MailMessage text(String to, String subject, String text) {
    return new MailMessage(to, subject, text, null, Map.of(), null);
  }

  /**
   * This message as a MIME message from {@code from}: multipart/alternative (text, then HTML) when
   * it has HTML, else text/plain; all UTF-8.
   */
  public MimeMessage toMime(Session session, String from, Instant date) throws MessagingException {
    MimeMessage m = new FixedIdMessage(session, messageId);
    m.setFrom(new InternetAddress(from));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    m.setSubject(subject, StandardCharsets.UTF_8.name());
    m.setSentDate(Date.from(date));
    for (var h : headers.entrySet()) {
      m.setHeader(h.getKey(), h.getValue());
    }
    if (html == null) {
      m.setText(text, StandardCharsets.UTF_8.name(), "plain");
    } else {
      MimeBodyPart plain = new MimeBodyPart();
      plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart rich = new MimeBodyPart();
      rich.setText(html, StandardCharsets.UTF_8.name(), "html");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(plain);
      alternative.addBodyPart(rich);
      m.setContent(alternative);
    }
    m.saveChanges();
    return m;
  }

  /** A MIME message whose Message-ID, when given, survives {@code saveChanges}. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      if (id == null) {
        super.updateMessageID();
      } else {
        setHeader("Message-ID", "<" + id + ">");
      }
    }
  }
}
