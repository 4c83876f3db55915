package dev.quire.account;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development mail sender: writes each mail as a real RFC 822 {@code .eml} file into a folder
 * (by default {@code <data>/mail/}) and logs where, so that links can be followed without an SMTP
 * server.
 */
public final class FileMailSender implements MailSender {
  private static final Logger LOG = LoggerFactory.getLogger(FileMailSender.class);
  private final Path dir;
  private final String from;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());

  public FileMailSender(Path dir, String from, Clock clock) {
    this.dir = dir;
    this.from = from;
    this.clock = clock;
  }

  @Override
  public void send(Mail mail) {
    try {
      Files.createDirectories(dir);
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(from));
      m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to()));
      m.setSubject(mail.subject(), "UTF-8");
      m.setSentDate(Date.from(clock.instant()));
      m.setText(mail.text(), "UTF-8");
      m.saveChanges();
      Path file = dir.resolve(clock.millis() + "-" + Secrets.id().substring(0, 8) + ".eml");
      try (OutputStream out = Files.newOutputStream(file)) {
        m.writeTo(out);
      }
      LOG.info("mail to {} ({}) written to {}", mail.to(), mail.subject(), file);
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot build mail to " + mail.to(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write mail into " + dir, e);
    }
  }
}
