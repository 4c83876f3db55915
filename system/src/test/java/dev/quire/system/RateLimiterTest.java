package dev.quire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void allowsTheLimitPerWindowThenRefusesUntilTheWindowEnds() {
    MutableClock clock = new MutableClock(Instant.parse("2026-08-22T12:00:00Z"));
    RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);
    assertThat(limiter.acquire("a").remaining()).isEqualTo(1);
    assertThat(limiter.acquire("a").allowed()).isTrue();
    RateLimiter.Decision refused = limiter.acquire("a");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.resetSeconds()).isEqualTo(60);
    assertThat(limiter.acquire("b").allowed()).as("keys are independent").isTrue();
    clock.advance(Duration.ofSeconds(45));
    assertThat(limiter.peek("a").resetSeconds()).isEqualTo(15);
    clock.advance(Duration.ofSeconds(15));
    assertThat(limiter.acquire("a").allowed()).isTrue();
  }

  @Test
  void peekingCountsNothing() {
    RateLimiter limiter =
        new RateLimiter(1, Duration.ofMinutes(1), new MutableClock(Instant.EPOCH));
    limiter.peek("a");
    limiter.peek("a");
    assertThat(limiter.acquire("a").allowed()).isTrue();
  }
}
