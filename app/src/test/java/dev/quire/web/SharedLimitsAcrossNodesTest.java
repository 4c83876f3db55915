package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TwoNodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL database count request limits together: a limit of N lets N through
 * the cluster, not N per node.
 */
class SharedLimitsAcrossNodesTest {
  static final int API_RATE = 10;

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void apiLimitAndSignInThrottleHoldForBothNodesTogether() throws Exception {
    try (TwoNodes nodes = TwoNodes.start(dir, Map.of("api.rate", Integer.toString(API_RATE)))) {
      Visitor a = new Visitor("http://127.0.0.1:" + nodes.a().port());
      Visitor b = a.at("http://127.0.0.1:" + nodes.b().port());

      startOfFreshWindow(Duration.ofMinutes(1));
      int allowed = 0;
      for (int i = 0; i < 3 * API_RATE; i++) {
        Visitor.Page page = (i % 2 == 0 ? a : b).get("/api/papers");
        if (page.status() == 200) {
          allowed++;
        } else {
          assertThat(page.status()).as(page.body()).isEqualTo(429);
        }
      }
      assertThat(allowed).as("API requests let through, alternating nodes").isEqualTo(API_RATE);

      startOfFreshWindow(Duration.ofMinutes(15));
      int tried = 0;
      for (int i = 0; i < 3 * 5; i++) {
        Visitor.Page page = (i % 2 == 0 ? a : b).signIn("ida@example.org", "guess number " + i);
        if (page.status() != 429) {
          tried++;
        }
      }
      assertThat(tried).as("password guesses for one address, alternating nodes").isEqualTo(5);
    }
  }

  /** Waits out the last 20 s of a fixed window, so that a run does not straddle two windows. */
  static void startOfFreshWindow(Duration window) throws InterruptedException {
    long left = window.toMillis() - Math.floorMod(System.currentTimeMillis(), window.toMillis());
    if (left < 20_000) {
      Thread.sleep(left + 50);
    }
  }
}
