package dev.quire.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicOrderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void savedTopicsKeepTheOrderTheReaderTypedThem(TestDb db) {
    try (Quire q = db.open(dir)) {
      List<String> typed =
          List.of("dynamical mean field theory", "\"Hubbard model\" cat:cond-mat.str-el", "anyons");
      SubscriptionRepository repo = q.digests().subscriptionRepository();
      Subscription s =
          repo.request(
              "ada@example.org",
              Subscription.Frequency.DAILY,
              10,
              typed,
              null,
              Instant.parse("2026-08-21T10:00:00Z"));
      assertThat(repo.find(s.id()).orElseThrow().topics())
          .extracting(Subscription.Topic::query)
          .containsExactlyElementsOf(typed);
    }
  }
}
