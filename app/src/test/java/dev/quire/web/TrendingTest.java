package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.User;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trending order at the fixed clock of {@link Site} (2026-08-22 noon UTC): score = upvotes /
 * (hours since featured + 2)^1.5, with this site's votes added to the imported ones.
 */
class TrendingTest {
  @TempDir Path dir;

  @Test
  void theTrendingPageRanksByDecayedUpvotesAndOurVotesCount() {
    try (Site site = Site.start(dir)) {
      // Lanterns: 30 / (36 + 2)^1.5 = 0.128; Older Wednesday Work: 99 / (84 + 2)^1.5 = 0.124
      String before = site.visitor().get("/trending").body();
      assertThat(before.indexOf("Lanterns of Attention"))
          .isPositive()
          .isLessThan(before.indexOf("Older Wednesday Work"));
      assertThat(before).doesNotContain("July Retrospective"); // outside the week

      for (int i = 0; i < 4; i++) { // 103 / 86^1.5 = 0.129 now beats 0.128
        User u = site.quire.accounts().signUp("v" + i + "@example.org", "voter" + i, Site.PASSWORD);
        site.quire.votes().set(u.id(), "2608.10004", true);
      }
      String after = site.visitor().get("/trending").body();
      assertThat(after.indexOf("Older Wednesday Work"))
          .isLessThan(after.indexOf("Lanterns of Attention"));
      String api = site.visitor().get("/api/daily_papers?week=2026-W34&sort=trending").body();
      assertThat(api.indexOf("2608.10004")).isLessThan(api.indexOf("2608.10001"));
    }
  }

  @Test
  void asTimePassesManyVotesOutweighFreshness() {
    try (Site site = Site.start(dir)) {
      site.clock.advance(Duration.ofDays(3));
      // Lanterns: 30 / 110^1.5 = 0.0260; Older Wednesday Work: 99 / 158^1.5 = 0.0498
      String later = site.visitor().get("/trending").body();
      assertThat(later.indexOf("Older Wednesday Work"))
          .isLessThan(later.indexOf("Lanterns of Attention"));
    }
  }
}
