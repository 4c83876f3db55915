package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.digest.Subscription.Frequency;
import dev.quire.fakes.LocalSmtpSink;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code quire digest send} killed with SIGKILL mid-run, run again, mails every subscriber
 * exactly once.
 */
@Tag("fault")
class KillDuringDigestTest {
  static final int SUBSCRIBERS = 3_000;
  static final LocalDate DAY = LocalDate.parse("2026-08-21");
  static final Pattern TO = Pattern.compile("(?mi)^To: *(\\S+@\\S+)\\s*$");

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aDigestRunKilledMidwayResumesWithoutDuplicatesOrLosses() throws Exception {
    try (LocalSmtpSink sink = LocalSmtpSink.start(true)) {
      Files.writeString(
          dir.resolve("quire.properties"),
          String.join(
              "\n",
              "sample=false",
              "search.semantic=false",
              "digest.at=off",
              "base.url=https://papers.example.org",
              "mail.smtp.host=127.0.0.1",
              "mail.smtp.port=" + sink.port(),
              "mail.smtp.security=none",
              ""));
      try (Quire q = Quire.open(Config.load(Map.of("data", dir.toString()), Map.of()))) {
        for (int i = 1; i <= 5; i++) {
          Fixtures.feature(
              q.paperStore(), Fixtures.paper("2608.3000" + i, "Paper " + i, i), DAY, null);
        }
        List<String> emails = new ArrayList<>();
        for (int n = 0; n < SUBSCRIBERS; n++) {
          emails.add("reader" + n + "@example.org");
        }
        q.digests()
            .subscriptionRepository()
            .insertActive(emails, Frequency.DAILY, 5, Instant.parse("2026-08-01T00:00:00Z"));
      }
      String[] send = {"digest", "send", "--date", DAY.toString(), "--data", dir.toString()};

      Process first = ChildJvm.start(dir.resolve("first.log"), send);
      while (first.isAlive() && sink.accepted() < 300) {
        Thread.sleep(5);
      }
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      int beforeKill = sink.accepted();
      assertThat(beforeKill).as("the kill came mid-run").isBetween(1, SUBSCRIBERS - 1);

      Process second = ChildJvm.start(dir.resolve("second.log"), send);
      assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
      assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();

      Map<String, Long> perRecipient =
          sink.messages().stream()
              .map(KillDuringDigestTest::recipient)
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perRecipient.values()).as("nobody mailed twice").allMatch(n -> n == 1);
      // the one message possibly in flight at the kill waits for its lease (10 min) before a retry;
      // everyone else has their digest now
      assertThat(perRecipient.size()).isBetween(SUBSCRIBERS - 1, SUBSCRIBERS);
    }
  }

  private static String recipient(String raw) {
    Matcher m = TO.matcher(raw);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "?";
  }
}
