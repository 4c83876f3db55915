package dev.quire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Limits counted in the database: what two limiters on one database allow together. */
class SharedRateLimiterTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void twoLimitersOnOneDatabaseShareTheirCountsAndStartOverEachWindow(TestDb db) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:10Z"));
    try (Database database = Database.open(db.config(dir).database())) {
      RateLimiters node1 = RateLimiters.shared(database.jdbi(), clock);
      RateLimiters node2 = RateLimiters.shared(database.jdbi(), clock);
      RateLimiter one = node1.limiter("api", 3, Duration.ofMinutes(1));
      RateLimiter two = node2.limiter("api", 3, Duration.ofMinutes(1));
      RateLimiter other = node2.limiter("search", 3, Duration.ofMinutes(1));

      assertThat(one.acquire("ip 1").allowed()).isTrue();
      assertThat(two.acquire("ip 1").remaining()).isEqualTo(1);
      assertThat(one.acquire("ip 1").allowed()).isTrue();
      RateLimiter.Decision refused = two.acquire("ip 1");
      assertThat(refused.allowed()).isFalse();
      assertThat(refused.resetSeconds()).isEqualTo(50);
      assertThat(one.peek("ip 1").allowed()).isFalse();
      assertThat(other.acquire("ip 1").allowed()).as("another limit counts apart").isTrue();
      assertThat(one.acquire("ip 2").allowed()).as("another key counts apart").isTrue();

      two.release("ip 1");
      assertThat(one.acquire("ip 1").allowed()).as("a given-back slot").isTrue();
      assertThat(one.acquire("ip 1").allowed()).isFalse();

      clock.advance(Duration.ofSeconds(50));
      assertThat(two.acquire("ip 1").allowed()).as("the next window").isTrue();
    }
  }
}
