package dev.quire.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicAlertTest {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final Instant SUBSCRIBED = Instant.parse("2026-08-10T09:00:00Z");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(SUBSCRIBED);

  static Paper paper(
      String id, String title, String abstractText, String category, Instant published) {
    return Fixtures.paper(id, title, 1).toBuilder()
        .abstractText(abstractText)
        .categories(List.of(category))
        .primaryCategory(category)
        .publishedAt(published)
        .aiSummary(null)
        .build();
  }

  static void store(Quire q, Paper p) {
    q.paperStore().writeBatch(List.of(), List.of(p), List.of());
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anAlertMailsOnlyNewPapersThatMatchAndEachOnlyOnce(TestDb db) throws Exception {
    try (Quire q =
        DigestFixture.open(DigestFixture.config(db, dir, greenMail.getSmtp().getPort()), clock)) {
      SubscriptionRepository repo = q.digests().subscriptionRepository();
      Subscription s =
          repo.request(
              "kondo@example.org",
              Frequency.DAILY,
              0,
              List.of("dynamical mean field theory", "cat:cond-mat.str-el \"Hubbard model\""),
              null,
              SUBSCRIBED);
      repo.confirm(s.id(), SUBSCRIBED);

      Instant before = SUBSCRIBED.minus(Duration.ofDays(10));
      Instant after = SUBSCRIBED.plus(Duration.ofDays(1));
      store(
          q,
          paper(
              "2607.00001",
              "Dynamical mean field theory revisited",
              "Old work.",
              "cond-mat.str-el",
              before));
      store(
          q,
          paper(
              "2608.00002",
              "Cluster extensions",
              "We extend dynamical mean-field theory, i.e. dynamical mean field theory, to clusters.",
              "cond-mat.str-el",
              after));
      store(
          q,
          paper(
              "2608.00003",
              "Mean field games",
              "A static theory of mean field games.",
              "math.OC",
              after));
      store(
          q,
          paper(
              "2608.00004",
              "The Hubbard model on a ladder",
              "Numerics.",
              "cond-mat.str-el",
              after));
      store(
          q,
          paper(
              "2608.00005",
              "The Hubbard model for cold atoms",
              "Optical lattices.",
              "physics.atom-ph",
              after));

      clock.set(Instant.parse("2026-08-12T07:00:00Z"));
      q.digests().run(LocalDate.parse("2026-08-11"));

      MimeMessage[] first = greenMail.getReceivedMessages();
      assertThat(first).hasSize(1);
      assertThat(first[0].getSubject())
          .isEqualTo("Quire alert: 2 new papers on 2 of your topics, 2026-08-11");
      String text = DigestFixture.part(first[0], "text/plain");
      assertThat(text)
          .contains("Cluster extensions", "The Hubbard model on a ladder")
          .doesNotContain("revisited", "Mean field games", "cold atoms")
          .contains("Topic: dynamical mean field theory");
      assertThat(DigestFixture.header(first[0], "List-Unsubscribe-Post"))
          .isEqualTo("List-Unsubscribe=One-Click");

      // the next day: one more matching paper; nothing already mailed comes again
      store(
          q,
          paper(
              "2608.00006",
              "Dynamical mean field theory on GPUs",
              "Fast.",
              "cond-mat.str-el",
              Instant.parse("2026-08-12T10:00:00Z")));
      clock.set(Instant.parse("2026-08-13T07:00:00Z"));
      q.digests().run(LocalDate.parse("2026-08-12"));
      q.digests().run(LocalDate.parse("2026-08-12"));

      MimeMessage[] all = greenMail.getReceivedMessages();
      assertThat(all).hasSize(2);
      String second = DigestFixture.part(all[1], "text/plain");
      assertThat(all[1].getSubject()).contains("1 new paper on “dynamical mean field theory”");
      assertThat(second)
          .contains("Dynamical mean field theory on GPUs")
          .doesNotContain("Cluster extensions", "ladder");

      // a day with nothing new sends nothing
      clock.set(Instant.parse("2026-08-14T07:00:00Z"));
      q.digests().run(LocalDate.parse("2026-08-13"));
      assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }
  }
}
