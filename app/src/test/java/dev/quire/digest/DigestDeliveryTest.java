package dev.quire.digest;

import static dev.quire.digest.DigestFixture.FRI;
import static dev.quire.digest.DigestFixture.FRIDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.mail.MailMessage;
import dev.quire.mail.MailSender;
import dev.quire.mail.MailSenders;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestDeliveryTest {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(FRIDAY_EVENING);

  Config config(TestDb db) {
    return DigestFixture.config(db, dir, greenMail.getSmtp().getPort());
  }

  @Test
  void theDigestHasBothPartsEveryPaperAndTheOneClickUnsubscribeHeaders() throws Exception {
    try (Quire q = DigestFixture.open(config(TestDb.SQLITE), clock)) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, List.of("ada@example.org"), 10);

      q.digests().run(FRI);

      MimeMessage[] got = greenMail.getReceivedMessages();
      assertThat(got).hasSize(1);
      MimeMessage m = got[0];
      assertThat(DigestFixture.to(m)).isEqualTo("ada@example.org");
      assertThat(m.getSubject()).isEqualTo("Quire daily: trending papers of 2026-08-21");
      assertThat(m.getContentType()).startsWith("multipart/alternative");

      String text = DigestFixture.part(m, "text/plain");
      String html = DigestFixture.part(m, "text/html");
      for (String part : List.of(text, html)) {
        assertThat(part)
            .contains("Lanterns of Attention", "Middle Path Decoding", "Quiet Gradients")
            .contains("Ada Lovelace, Alan Turing, Grace Hopper")
            .contains("Google Research")
            .contains("A one-line summary of Lanterns of Attention.")
            .contains("https://papers.example.org/papers/2608.10001")
            .contains("https://papers.example.org/unsubscribe?token=");
      }
      assertThat(text).contains("30 upvotes").contains("Friday 21 August 2026");
      assertThat(html).contains("▲ 30");
      assertThat(text.indexOf("Lanterns of Attention"))
          .as("most upvoted first")
          .isLessThan(text.indexOf("Middle Path Decoding"));
      assertThat(text.indexOf("Middle Path Decoding")).isLessThan(text.indexOf("Quiet Gradients"));

      String listUnsubscribe = DigestFixture.header(m, "List-Unsubscribe");
      assertThat(listUnsubscribe)
          .matches("<https://papers\\.example\\.org/unsubscribe\\?token=[A-Za-z0-9_.-]+>");
      assertThat(DigestFixture.header(m, "List-Unsubscribe-Post"))
          .isEqualTo("List-Unsubscribe=One-Click");
      assertThat(text).contains(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
      assertThat(m.getMessageID())
          .matches("<digest\\.daily\\.2026-08-21\\.[A-Za-z0-9_-]+@papers\\.example\\.org>");
    }
  }

  @Test
  void aSubscriberGetsTheirTopNAndADayWithoutFeaturedPapersSendsNothing() {
    try (Quire q = DigestFixture.open(config(TestDb.SQLITE), clock)) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, List.of("two@example.org"), 2);

      List<String> empty = q.digests().run(FRI.minusDays(1));
      assertThat(greenMail.getReceivedMessages()).isEmpty();
      assertThat(empty).anyMatch(l -> l.contains("no featured papers"));

      q.digests().run(FRI);
      String text = DigestFixture.text(greenMail.getReceivedMessages()[0]);
      assertThat(text).contains("Lanterns of Attention", "Middle Path Decoding");
      assertThat(text).doesNotContain("Quiet Gradients");
    }
  }

  @Test
  void weekendDaysSendNoDailyDigestUnlessWeekendsAreOn() {
    try (Quire q = DigestFixture.open(config(TestDb.SQLITE), clock)) {
      DigestFixture.subscribers(q, List.of("ada@example.org"), 10);
      dev.quire.testing.Fixtures.feature(
          q.paperStore(),
          dev.quire.testing.Fixtures.paper("2608.10009", "Saturday Paper", 5),
          DigestFixture.SAT,
          null);

      List<String> lines = q.digests().run(DigestFixture.SAT);

      assertThat(lines).anyMatch(l -> l.contains("daily digests skip weekends"));
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void aWeeklySubscriberGetsTheWeekEndingOnSundayOnce() throws Exception {
    try (Quire q = DigestFixture.open(config(TestDb.SQLITE), clock)) {
      DigestFixture.seed(q);
      q.digests()
          .subscriptionRepository()
          .insertActive(
              List.of("weekly@example.org"),
              Subscription.Frequency.WEEKLY,
              10,
              java.time.Instant.parse("2026-08-01T00:00:00Z"));
      java.time.LocalDate sunday = java.time.LocalDate.parse("2026-08-23");

      q.digests().run(FRI);
      assertThat(greenMail.getReceivedMessages()).as("no weekly digest on a Friday").isEmpty();

      q.digests().run(sunday);
      q.digests().run(sunday);
      MimeMessage[] got = greenMail.getReceivedMessages();
      assertThat(got).hasSize(1);
      assertThat(got[0].getSubject())
          .isEqualTo("Quire weekly: trending papers, 2026-08-17 to 2026-08-23");
      assertThat(DigestFixture.part(got[0], "text/plain"))
          .contains("Lanterns of Attention", "Quiet Gradients", "Middle Path Decoding");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aRunThatCrashedMidwayResumesWithoutSendingAnyoneTwice(TestDb db) {
    Config config = config(db);
    List<String> readers =
        List.of(
            "r1@example.org",
            "r2@example.org",
            "r3@example.org",
            "r4@example.org",
            "r5@example.org");
    MailSender smtp = MailSenders.create(config.mail(), dir, clock);
    AtomicInteger calls = new AtomicInteger();
    MailSender crashing =
        new MailSender() {
          @Override
          public void send(MailMessage message) {
            if (calls.incrementAndGet() == 3) {
              throw new IllegalStateException("simulated crash: the process dies here");
            }
            smtp.send(message);
          }

          @Override
          public String describe() {
            return "crashes on the third message";
          }
        };
    try (Quire q = Quire.open(config, clock, crashing)) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, readers, 10);
      assertThatThrownBy(() -> q.digests().run(FRI)).hasMessageContaining("simulated crash");
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(2);

    // The restarted process: the message in flight is taken over once its lease has run out.
    clock.advance(OutboxSender.LEASE.plusMinutes(1));
    try (Quire q = DigestFixture.open(config, clock)) {
      q.digests().run(FRI);
      q.digests().run(FRI); // and running the same day again sends nothing more
      assertThat(q.digests().outbox().countByStatus("daily:" + FRI)).isEqualTo(Map.of("sent", 5));
    }

    Map<String, Long> perAddress =
        Arrays.stream(greenMail.getReceivedMessages())
            .collect(Collectors.groupingBy(DigestFixture::to, Collectors.counting()));
    assertThat(perAddress).hasSize(5).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
  }

  @Test
  void aMessageInFlightIsNotTakenOverBeforeItsLeaseRunsOut() {
    Config config = config(TestDb.SQLITE);
    MailSender dying =
        new MailSender() {
          @Override
          public void send(MailMessage message) {
            throw new IllegalStateException("simulated crash");
          }

          @Override
          public String describe() {
            return "dies";
          }
        };
    try (Quire q = Quire.open(config, clock, dying)) {
      DigestFixture.seed(q);
      DigestFixture.subscribers(q, List.of("ada@example.org"), 10);
      assertThatThrownBy(() -> q.digests().run(FRI)).hasMessageContaining("simulated crash");
    }
    try (Quire q = DigestFixture.open(config, clock)) {
      assertThat(q.digests().sendDue().sent()).isZero();
      clock.advance(OutboxSender.LEASE.plusSeconds(1));
      assertThat(q.digests().sendDue().sent()).isEqualTo(1);
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  static Function<MimeMessage, String> subjectOf =
      m -> {
        try {
          return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
          throw new AssertionError(e);
        }
      };

  static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }
}
