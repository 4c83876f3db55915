package dev.quire.digest;

import static dev.quire.digest.DigestFixture.FRI;
import static dev.quire.digest.DigestFixture.FRIDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Status;
import dev.quire.fakes.LocalSmtpSink;
import dev.quire.testing.Fixtures;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery failures with real SMTP reply codes, from a local SMTP server that refuses chosen
 * recipients with 4xx or 5xx.
 */
class SmtpFailureTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(FRIDAY_EVENING);
  final LocalSmtpSink smtp = LocalSmtpSink.start(true);

  @AfterEach
  void stop() {
    smtp.close();
  }

  Quire open() {
    Config c = DigestFixture.config(TestDb.SQLITE, dir, smtp.port());
    return DigestFixture.open(c.with(b -> b.digest(c.digest().withBounceLimit(2))), clock);
  }

  @Test
  void aTemporaryFailureIsRetriedAfterTheBackoffAndDeliveredOnce() {
    AtomicInteger refusals = new AtomicInteger();
    smtp.replyToRecipients(
        to -> to.equals("busy@example.org") && refusals.getAndIncrement() < 2 ? 451 : 250);
    try (Quire q = open()) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, List.of("busy@example.org", "calm@example.org"), 10);

      q.digests().run(FRI);
      assertThat(smtp.accepted()).isEqualTo(1);
      assertThat(q.digests().outbox().countByStatus("daily:" + FRI))
          .isEqualTo(Map.of("sent", 1, "pending", 1));

      assertThat(q.digests().sendDue().sent()).as("not due yet").isZero();
      clock.advance(q.digests().settings().backoff(1));
      SendReport second = q.digests().sendDue();
      assertThat(second.sent()).isZero();
      assertThat(second.retrying()).as("451 again").isEqualTo(1);

      clock.advance(q.digests().settings().backoff(2));
      assertThat(q.digests().sendDue().sent()).isEqualTo(1);
      assertThat(q.digests().sendDue().sent()).isZero();
    }
    assertThat(smtp.accepted()).isEqualTo(2);
    assertThat(smtp.messages()).filteredOn(m -> m.contains("To: busy@example.org")).hasSize(1);
  }

  @Test
  void permanentFailuresMarkTheAddressBouncingAndItIsSkippedAfterwards() {
    smtp.replyToRecipients(to -> to.equals("gone@example.org") ? 550 : 250);
    try (Quire q = open()) {
      DigestFixture.subscribers(q, List.of("gone@example.org", "here@example.org"), 10);
      for (int day = 0; day < 3; day++) {
        Fixtures.feature(
            q.paperStore(),
            Fixtures.paper("2608.1010" + day, "Paper of day " + day, 5),
            FRI.plusDays(day * 7L),
            null);
      }

      q.digests().run(FRI);
      Subscription afterOne =
          q.digests().subscriptionRepository().findByEmail("gone@example.org").orElseThrow();
      assertThat(afterOne.status()).isEqualTo(Status.ACTIVE);
      assertThat(afterOne.bounces()).isEqualTo(1);
      assertThat(q.digests().outbox().countByStatus("daily:" + FRI))
          .isEqualTo(Map.of("sent", 1, "failed", 1));

      q.digests().run(FRI.plusDays(7));
      assertThat(
              q.digests()
                  .subscriptionRepository()
                  .findByEmail("gone@example.org")
                  .orElseThrow()
                  .status())
          .isEqualTo(Status.BOUNCING);

      q.digests().run(FRI.plusDays(14));
      assertThat(q.digests().outbox().countByStatus("daily:" + FRI.plusDays(14)))
          .as("a bouncing address is not queued")
          .isEqualTo(Map.of("sent", 1));
    }
    assertThat(smtp.accepted()).isEqualTo(3);
  }

  @Test
  void anUnreachableServerStopsThePassAndTheMessagesWaitForTheNextOne() {
    int port = smtp.port();
    smtp.close();
    Config c = DigestFixture.config(TestDb.SQLITE, dir, port);
    try (Quire q = DigestFixture.open(c, clock)) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, List.of("a@example.org", "b@example.org", "c@example.org"), 10);

      List<String> lines = q.digests().run(FRI);

      assertThat(lines.get(lines.size() - 1)).contains("retrying 1").contains("stopped early");
      assertThat(q.digests().outbox().countByStatus("daily:" + FRI))
          .isEqualTo(Map.of("pending", 3));
    }
  }
}
