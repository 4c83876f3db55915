package dev.quire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.fakes.LocalSmtpSink;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSendersTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-21T07:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void withoutAnSmtpHostMailIsWrittenAsEmlFilesUnderTheDataDir() throws Exception {
    MailSender sender = MailSenders.create(MailSettings.defaults(), dir, CLOCK);
    assertThat(sender).isInstanceOf(EmlFileMailSender.class);

    sender.send(
        new MailMessage(
            "ada@example.org",
            "Hello ✓",
            "plain text",
            "<p>html</p>",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            "fixed.id@example.org"));

    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("mail"))) {
      files = s.toList();
    }
    assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".eml"));
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(m.getSubject()).isEqualTo("Hello ✓");
      assertThat(m.getMessageID()).isEqualTo("<fixed.id@example.org>");
      assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
      assertThat(m.getContentType()).startsWith("multipart/alternative");
      assertThat(m.getFrom()[0].toString()).isEqualTo("Quire <quire@localhost>");
    }
  }

  @Test
  void smtpRepliesAreSortedIntoTemporaryAndPermanentFailures() {
    try (LocalSmtpSink sink = LocalSmtpSink.start(false);
        SmtpMailSender smtp =
            new SmtpMailSender(
                MailSettings.defaults().withPlainSmtp("127.0.0.1", sink.port()), CLOCK)) {
      sink.replyToRecipients(
          to -> to.startsWith("later") ? 452 : to.startsWith("never") ? 550 : 250);

      smtp.send(MailMessage.text("ok@example.org", "s", "t"));
      assertThatThrownBy(() -> smtp.send(MailMessage.text("later@example.org", "s", "t")))
          .isInstanceOfSatisfying(
              MailDeliveryException.class,
              e -> {
                assertThat(e.permanent()).isFalse();
                assertThat(e.replyCode()).isEqualTo(452);
              });
      assertThatThrownBy(() -> smtp.send(MailMessage.text("never@example.org", "s", "t")))
          .isInstanceOfSatisfying(
              MailDeliveryException.class,
              e -> {
                assertThat(e.permanent()).isTrue();
                assertThat(e.replyCode()).isEqualTo(550);
                assertThat(e.getMessage())
                    .startsWith("SMTP 550 failure sending to never@example.org");
              });
      smtp.send(MailMessage.text("ok2@example.org", "s", "t"));
      assertThat(sink.accepted()).isEqualTo(2);
    }
  }

  @Test
  void mailSettingsHaveDefaultsAndNameBadValues() {
    MailSettings d = MailSettings.defaults();
    assertThat(d.smtpConfigured()).isFalse();
    assertThat(d.smtpPort()).isEqualTo(587);
    assertThat(d.security()).isEqualTo(MailSettings.Security.STARTTLS);
    assertThat(MailSettings.from(Map.of("mail.smtp.security", "TLS")).smtpPort()).isEqualTo(465);
    MailSettings auth =
        MailSettings.from(
            Map.of(
                "mail.smtp.host",
                "smtp.example.org",
                "mail.smtp.user",
                "u",
                "mail.smtp.password",
                "pw"));
    assertThat(auth.toString())
        .isEqualTo("SMTP smtp.example.org:587 (STARTTLS, auth)")
        .doesNotContain("pw");
    assertThat(SmtpMailSender.properties(auth))
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.auth", "true");
    assertThatThrownBy(() -> MailSettings.from(Map.of("mail.smtp.security", "ssl3")))
        .hasMessage("mail.smtp.security must be none, starttls or tls; got 'ssl3'");
    assertThatThrownBy(() -> MailSettings.from(Map.of("mail.from", "nobody")))
        .hasMessageStartingWith("mail.from must be an address");
  }
}
