package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.digest.Subscription;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed-in reader starts, changes and stops the email digest from account settings. */
class SettingsDigestTest {
  @TempDir Path dir;

  @Test
  void aMemberSubscribesTheirVerifiedAddressWithoutAConfirmationMailAndCanStop() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      int mailsBefore = site.mailTo("ada@example.org").size();
      assertThat(ada.get("/settings").body()).contains("Start the digest");

      Visitor.Page started =
          ada.submit(
              "/settings/digest",
              "frequency",
              "weekly",
              "top",
              "5",
              "topics",
              "quantum\ncat:cs.LG");

      assertThat(started.status()).isEqualTo(303);
      List<Subscription> subs = site.quire.digests().subscriptions().ofUser(userId(site));
      assertThat(subs)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.status()).isEqualTo(Subscription.Status.ACTIVE);
                assertThat(s.email()).isEqualTo("ada@example.org");
                assertThat(s.frequency()).isEqualTo(Subscription.Frequency.WEEKLY);
                assertThat(s.topN()).isEqualTo(5);
                assertThat(s.topics())
                    .extracting(Subscription.Topic::query)
                    .containsExactlyInAnyOrder("quantum", "cat:cs.LG");
              });
      assertThat(site.mailTo("ada@example.org")).hasSize(mailsBefore);
      assertThat(ada.get("/settings").body())
          .contains("You get the <strong>weekly</strong> digest")
          .contains("Save digest choices");

      assertThat(ada.submit("/settings/digest/stop").status()).isEqualTo(303);
      assertThat(site.quire.digests().subscriptions().ofUser(userId(site)))
          .allSatisfy(s -> assertThat(s.status()).isNotEqualTo(Subscription.Status.ACTIVE));
      assertThat(ada.get("/settings").body()).contains("Start the digest");
    }
  }

  @Test
  void badChoicesAreRefusedWithTheReasonAndAnonymousVisitorsAreSentToSignIn() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      ada.get("/settings");
      Visitor.Page bad = ada.submit("/settings/digest", "frequency", "hourly", "top", "5");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body()).contains("hourly");

      Visitor anon = site.visitor();
      anon.get("/subscribe");
      assertThat(anon.submit("/settings/digest", "frequency", "daily").status()).isEqualTo(303);
      assertThat(site.quire.digests().subscriptions().ofUser(userId(site))).isEmpty();
    }
  }

  @Test
  void theForYouSectionIsOffByDefaultAndSwitchesOnAndOffInSettings() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      ada.get("/settings");
      ada.submit("/settings/digest", "frequency", "daily", "top", "5");
      assertThat(forYou(site)).isFalse();
      assertThat(ada.get("/settings").body()).doesNotContain("and a For you section");

      ada.submit("/settings/digest", "frequency", "daily", "top", "5", "forYou", "on");
      assertThat(forYou(site)).isTrue();
      assertThat(ada.get("/settings").body()).contains("and a For you section");

      ada.submit("/settings/digest", "frequency", "weekly", "top", "5");
      assertThat(forYou(site)).isFalse();
    }
  }

  private static boolean forYou(Site site) {
    var subs = site.quire.digests().subscriptions();
    return subs.ofUser(userId(site)).stream()
        .filter(s -> s.status() == Subscription.Status.ACTIVE)
        .anyMatch(s -> subs.forYou(s.id()));
  }

  private static String userId(Site site) {
    return site.quire.accounts().users().findByEmail("ada@example.org").orElseThrow().id();
  }
}
