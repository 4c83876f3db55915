package dev.quire.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for SMTP when none is configured: writes each message as an .eml file (RFC 822, opens
 * in any mail client) under a directory, {@code <data>/mail/} by default, and logs where.
 */
public final class EmlFileMailSender implements MailSender {
  private static final Logger LOG = LoggerFactory.getLogger(EmlFileMailSender.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final String from;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());
  private final AtomicLong written = new AtomicLong();

  public EmlFileMailSender(Path dir, String from, Clock clock) {
    this.dir = dir;
    this.from = from;
    this.clock = clock;
  }

  @Override
  public boolean reachesInboxes() {
    return false;
  }

  @Override
  public void send(MailMessage message) {
    try {
      Files.createDirectories(dir);
      MimeMessage mime = message.toMime(session, from, clock.instant());
      String id = message.messageId() != null ? message.messageId() : UUID.randomUUID().toString();
      String name =
          STAMP.format(clock.instant())
              + "-"
              + written.incrementAndGet()
              + "-"
              + id.replaceAll("[^A-Za-z0-9._-]", "_")
              + ".eml";
      Path target = dir.resolve(name.length() > 200 ? name.substring(0, 196) + ".eml" : name);
      Path tmp = Files.createTempFile(dir, ".mail-", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        mime.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("mail to {} (\"{}\") written to {}", message.to(), message.subject(), target);
    } catch (IOException | MessagingException e) {
      throw new MailDeliveryException(
          "cannot write mail to " + message.to() + " into " + dir + ": " + e.getMessage(),
          false,
          -1,
          e);
    }
  }

  /** The directory the files go to. */
  public Path directory() {
    return dir;
  }

  @Override
  public String describe() {
    return ".eml files in " + dir;
  }
}
