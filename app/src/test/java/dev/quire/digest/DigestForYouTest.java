package dev.quire.digest;

import static dev.quire.digest.DigestFixture.FRIDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.account.User;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.foryou.ForYouCorpus;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The optional "For you" section of a signed-up reader's weekly digest. */
class DigestForYouTest {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final LocalDate SUNDAY = LocalDate.parse("2026-08-23");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(FRIDAY_EVENING);

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void eachReaderWithTheSectionOnGetsTheirOwnRankedPapersWithReasonsAndNoOneElses(TestDb db) {
    try (Quire q =
        DigestFixture.open(DigestFixture.config(db, dir, greenMail.getSmtp().getPort()), clock)) {
      DigestFixture.seed(q);
      ForYouCorpus.store(q);
      User ada = reader(q, "ada", true);
      User bob = reader(q, "bob", true);
      User carol = reader(q, "carol", false);
      reader(q, "dave", true); // on, but nothing to learn from
      q.votes().set(ada.id(), ForYouCorpus.quantum(1), true);
      q.votes().set(bob.id(), ForYouCorpus.compiler(1), true);
      q.votes().set(carol.id(), ForYouCorpus.quantum(1), true); // has positives, section off

      q.digests().run(SUNDAY);

      Map<String, MimeMessage> byTo =
          Arrays.stream(greenMail.getReceivedMessages())
              .filter(m -> subject(m).contains(" weekly: ")) // not the sign-up mails
              .collect(Collectors.toMap(DigestFixture::to, Function.identity()));
      assertThat(byTo).hasSize(4);
      for (String part : List.of("text/plain", "text/html")) {
        String adaMail = DigestFixture.part(byTo.get("ada@example.org"), part);
        assertThat(adaMail)
            .as("ada's %s", part)
            .contains("Lanterns of Attention", "For you", "Quantum spin liquid in the Hubbard")
            .contains("Why: like")
            .contains(DigestFixture.SITE_URL + "/papers/" + ForYouCorpus.quantum(2))
            .doesNotContain("Compiler passes for fused GPU kernels");
        String bobMail = DigestFixture.part(byTo.get("bob@example.org"), part);
        assertThat(bobMail)
            .as("bob's %s", part)
            .contains("For you", "Compiler passes for fused GPU kernels", "Why: like")
            .doesNotContain("Quantum spin liquid in the Hubbard");
        assertThat(DigestFixture.part(byTo.get("carol@example.org"), part))
            .as("carol's %s, section off", part)
            .contains("Lanterns of Attention")
            .doesNotContain("For you", "Why:", "Quantum spin liquid");
        assertThat(DigestFixture.part(byTo.get("dave@example.org"), part))
            .as("dave's %s, no positives", part)
            .contains("Lanterns of Attention")
            .doesNotContain("For you", "Why:");
      }
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** A signed-up reader with an active weekly digest of their account's address. */
  static User reader(Quire q, String name, boolean forYou) {
    User u = q.accounts().signUp(name + "@example.org", name, "long enough secret");
    Subscriptions subs = q.digests().subscriptions();
    Subscription s =
        subs.subscribeVerified(
            new SubscribeRequest(u.email(), Frequency.WEEKLY, 3, List.of(), u.id()));
    subs.setForYou(s, u.id(), forYou);
    assertThat(subs.forYou(s.id())).isEqualTo(forYou);
    return u;
  }
}
