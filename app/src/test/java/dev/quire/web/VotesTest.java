package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VotesTest {
  @TempDir Path dir;

  @Test
  void aVoteAddsToTheImportedUpvotesAndASecondClickTakesItBack() {
    try (Site site = Site.start(dir)) {
      Visitor ann = site.member("ann");
      ann.get("/");
      Visitor.Page voted =
          ann.post(
              "/papers/2608.10002/vote", Map.of("csrf", ann.csrf()), "Referer", site.base + "/");
      assertThat(voted.status()).isEqualTo(303);
      assertThat(voted.location()).isEqualTo(site.base + "/");
      assertThat(upvotes(site, "2608.10002")).isEqualTo(4);
      String home = ann.get("/").body();
      assertThat(home)
          .contains("data-vote=\"2608.10002\" aria-pressed=\"true\"")
          .contains("data-vote=\"2608.10001\" aria-pressed=\"false\"");
      assertThat(site.visitor().get("/").body())
          .contains("data-vote=\"2608.10002\" aria-pressed=\"false\"");

      ann.submit("/papers/2608.10002/vote");
      assertThat(upvotes(site, "2608.10002")).isEqualTo(3);
      assertThat(ann.get("/").body()).contains("data-vote=\"2608.10002\" aria-pressed=\"false\"");
    }
  }

  @Test
  void theUpvoteScriptGetsTheNewStateAsJson() {
    try (Site site = Site.start(dir)) {
      Visitor bea = site.member("bea");
      bea.get("/papers/2608.10001");
      Visitor.Page json =
          bea.post(
              "/papers/2608.10001/vote", Map.of("csrf", bea.csrf()), "Accept", "application/json");
      assertThat(json.status()).isEqualTo(200);
      assertThat(json.body()).contains("\"voted\":true").contains("\"upvotes\":31");
    }
  }

  @Test
  void aUserCountsOnceHoweverOftenTheApiIsCalled() {
    try (Site site = Site.start(dir)) {
      Visitor cat = site.member("cat");
      cat.get("/");
      for (int i = 0; i < 3; i++) {
        assertThat(
                cat.post("/api/papers/2608.10003/upvote", Map.of(), "X-CSRF-Token", cat.csrf())
                    .status())
            .isEqualTo(200);
      }
      assertThat(upvotes(site, "2608.10003")).isEqualTo(11);
      Visitor dan = site.member("dan");
      dan.get("/");
      dan.post("/api/papers/2608.10003/upvote", Map.of(), "X-CSRF-Token", dan.csrf());
      assertThat(upvotes(site, "2608.10003")).isEqualTo(12);
    }
  }

  @Test
  void anonymousVotersAreSentToSignInAndApiCallersGet401() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      Visitor.Page page =
          v.post("/papers/2608.10001/vote", Map.of(), "Referer", site.base + "/papers/2608.10001");
      assertThat(page.status()).isEqualTo(303);
      assertThat(page.location()).isEqualTo("/signin?next=%2Fpapers%2F2608.10001&vote=2608.10001");
      Visitor.Page api = v.post("/api/papers/2608.10001/upvote", Map.of());
      assertThat(api.status()).isEqualTo(401);
      assertThat(api.body()).contains("\"error\"");
      assertThat(upvotes(site, "2608.10001")).isEqualTo(30);
    }
  }

  @Test
  void votesMoveTheDailyOrderRightAwayAndSurviveAReimport() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      String before = v.get("/").body();
      assertThat(before.indexOf("Middle Path Decoding"))
          .isLessThan(before.indexOf("Quiet Gradients"));
      for (String name : new String[] {"eli", "fox", "gil", "hob", "ike", "jay", "kit", "lou"}) {
        Visitor m = site.member(name);
        m.get("/");
        m.submit("/papers/2608.10002/vote");
      }
      String after = v.get("/").body();
      assertThat(after.indexOf("Quiet Gradients"))
          .isLessThan(after.indexOf("Middle Path Decoding"));
      assertThat(site.visitor().get("/api/papers/2608.10002").body()).contains("\"upvotes\":11");

      Fixtures.feature(
          site.quire.paperStore(),
          Fixtures.paper("2608.10002", "Quiet Gradients", 3),
          SiteFixture.FRI,
          null);
      assertThat(upvotes(site, "2608.10002")).isEqualTo(11);
    }
  }

  @Test
  void theVoteOfAHepThPaperWithASlashInItsIdWorks() {
    try (Site site = Site.start(dir)) {
      Visitor m = site.member("mo");
      m.get("/");
      assertThat(m.submit("/papers/hep-th/9901001/vote").status()).isEqualTo(303);
      assertThat(upvotes(site, "hep-th/9901001")).isEqualTo(6);
      assertThat(m.submit("/papers/9999.99999/vote").status()).isEqualTo(404);
    }
  }

  private static int upvotes(Site site, String id) {
    return site.quire.papers().find(id).orElseThrow().upvotes();
  }
}
