package dev.quire.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.digest.Subscription.Status;
import dev.quire.fakes.LocalSmtpSink;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountHookTest {
  @TempDir Path dir;

  @Test
  void anAccountsVerifiedAddressIsSubscribedAtOnceAndCanChangeItsChoices() {
    MutableClock clock = new MutableClock(Instant.parse("2026-08-21T10:00:00Z"));
    try (LocalSmtpSink smtp = LocalSmtpSink.start(false);
        Quire q =
            DigestFixture.open(DigestFixture.config(TestDb.SQLITE, dir, smtp.port()), clock)) {
      Subscriptions subs = q.digests().subscriptions();
      Subscription s =
          subs.subscribeVerified(
              new SubscribeRequest("ada@example.org", Frequency.DAILY, 10, List.of(), "user-1"));
      assertThat(s.status()).isEqualTo(Status.ACTIVE);
      assertThat(s.userId()).isEqualTo("user-1");

      Subscription changed =
          subs.subscribeVerified(
              new SubscribeRequest(
                  "ada@example.org", Frequency.WEEKLY, 5, List.of("cat:cs"), "user-1"));
      assertThat(changed.id()).isEqualTo(s.id());
      assertThat(changed.status()).isEqualTo(Status.ACTIVE);
      assertThat(changed.frequency()).isEqualTo(Frequency.WEEKLY);
      assertThat(changed.topics()).extracting(Subscription.Topic::query).containsExactly("cat:cs");
      assertThat(subs.ofUser("user-1")).extracting(Subscription::id).containsExactly(s.id());
      assertThat(smtp.accepted()).as("no confirmation mail").isZero();

      assertThatThrownBy(
              () ->
                  subs.subscribeVerified(
                      new SubscribeRequest(
                          "eve@example.org", Frequency.DAILY, 10, List.of(), null)))
          .hasMessage("only an account's verified address skips confirmation");
    }
  }
}
