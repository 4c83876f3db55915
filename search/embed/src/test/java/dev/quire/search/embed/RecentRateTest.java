package dev.quire.search.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentRateTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theRateFollowsTheLastMinuteNotTheSlowStart() {
    RecentRate rate = new RecentRate(60 * SECOND);
    // a slow first five minutes (5 items/s while an import runs beside it), then 25 items/s
    long total = 0;
    for (int s = 0; s <= 300; s += 10) {
      rate.record(s * SECOND, total);
      total += 50;
    }
    total -= 50;
    for (int s = 310; s <= 600; s += 10) {
      total += 250;
      rate.record(s * SECOND, total);
    }
    assertThat(rate.perSecond()).isCloseTo(25.0, within(0.01));
  }

  @Test
  void oneSampleOrAResetGivesNoRate() {
    RecentRate rate = new RecentRate(60 * SECOND);
    rate.record(0, 10);
    assertThat(rate.perSecond()).isZero();
    rate.record(10 * SECOND, 110);
    assertThat(rate.perSecond()).isCloseTo(10.0, within(0.01));
    rate.reset();
    assertThat(rate.perSecond()).isZero();
  }
}
