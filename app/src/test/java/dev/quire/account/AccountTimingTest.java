package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Config;
import dev.quire.mail.MailMessage;
import dev.quire.mail.MailSender;
import dev.quire.system.Database;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account enumeration by timing (security review, item 9): an unknown address costs a password hash
 * like a known one, and a reset request does not wait for its mail.
 */
class AccountTimingTest {
  @TempDir Path dir;

  /** A fast hasher that counts how often a password is checked. */
  static final class CountingHasher extends PasswordHasher {
    final AtomicInteger verified = new AtomicInteger();

    CountingHasher() {
      super(64, 1, 1);
    }

    @Override
    public boolean verify(String password, String stored) {
      verified.incrementAndGet();
      return super.verify(password, stored);
    }
  }

  /** A sender that waits for the test before it "sends". */
  static final class GatedSender implements MailSender {
    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger sent = new AtomicInteger();

    @Override
    public void send(MailMessage message) {
      try {
        gate.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sent.incrementAndGet();
    }

    @Override
    public String describe() {
      return "gated";
    }
  }

  private Accounts accounts(Jdbi jdbi, PasswordHasher hasher, MailSender mail) {
    return new Accounts(
        new UserRepository(jdbi),
        new SessionRepository(jdbi),
        new ApiTokens(new ApiTokenRepository(jdbi), Clock.systemUTC()),
        hasher,
        mail,
        () -> "https://papers.example.org",
        Clock.systemUTC());
  }

  @Test
  void signingInToAnUnknownAddressChecksAPasswordHashToo() {
    Config config = TestDb.SQLITE.config(dir);
    try (Database db = Database.open(config.database())) {
      CountingHasher hasher = new CountingHasher();
      GatedSender mail = new GatedSender();
      mail.gate.countDown();
      Accounts accounts = accounts(db.jdbi(), hasher, mail);
      assertThatThrownBy(() -> accounts.signIn("nobody@example.org", "some password"))
          .isInstanceOf(AccountException.class)
          .hasMessage("wrong email or password");
      assertThat(hasher.verified).hasValue(1);
    }
  }

  @Test
  void aResetRequestReturnsBeforeItsMailIsWritten() {
    Config config = TestDb.SQLITE.config(dir);
    try (Database db = Database.open(config.database())) {
      GatedSender mail = new GatedSender();
      Accounts accounts = accounts(db.jdbi(), new CountingHasher(), mail);
      accounts.signUp("ada@example.org", "ada", "long enough secret");
      accounts.requestReset("ada@example.org");
      assertThat(mail.sent).as("nothing sent while the sender waits").hasValue(0);
      mail.gate.countDown();
      accounts.awaitMail();
      assertThat(mail.sent).hasValue(2);
    }
  }
}
