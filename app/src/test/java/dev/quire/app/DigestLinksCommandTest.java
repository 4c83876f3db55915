package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.digest.Subscription.Frequency;
import dev.quire.testing.Fixtures;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire digest send} writes every link under the configured base URL (issue 18). */
class DigestLinksCommandTest {
  static final String HUB = "https://hub.example.org";
  @TempDir Path dir;

  @Test
  void theCommandLineDigestLinksUseTheConfiguredBaseUrlToo() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("quire.properties"), "base.url=" + HUB + "\nport=8181\n");
    LocalDate fri = LocalDate.parse("2026-08-21");
    try (Quire quire = Quire.open(Config.load(Map.of("data", data.toString()), Map.of()))) {
      Fixtures.feature(quire.paperStore(), Fixtures.paper("2608.10001", "Lanterns", 30), fri, null);
      quire
          .digests()
          .subscriptionRepository()
          .insertActive(List.of("reader@example.org"), Frequency.DAILY, 10, Instant.now());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"digest", "send", "--date", "2026-08-21", "--data", data.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Links in mail: " + HUB);
    MimeMessage digest;
    try (Stream<Path> files = Files.list(data.resolve("mail"))) {
      Path file = files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
      try (InputStream in = Files.newInputStream(file)) {
        digest = new MimeMessage(Session.getInstance(new Properties()), in);
      }
    }
    assertThat(digest.getHeader("List-Unsubscribe")[0]).contains(HUB + "/unsubscribe?token=");
    String text =
        ((jakarta.mail.Multipart) digest.getContent()).getBodyPart(0).getContent().toString();
    assertThat(text).contains(HUB + "/papers/2608.10001").doesNotContain("localhost");
  }
}
