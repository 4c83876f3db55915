package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account messages that tell the truth, links in mail that work, the anonymous upvote that survives
 * sign-in, password change and readable token dates (issue 18, account part).
 */
class AccountMessagesTest {
  static final String HUB =
      "http://hub.example.org"; // http: the test client keeps no Secure cookies
  @TempDir Path dir;

  @Test
  void withoutAMailServerSignUpSaysTheMailIsAFileAndTheWelcomePageGreets() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      String notice = v.signUp("ada@example.org", "ada", Site.PASSWORD).body();
      assertThat(notice).doesNotContain("We have sent").contains("written to a file on the server");
      String link = site.link("/verify", "ada@example.org");
      v.get(link);
      Visitor.Page verified = v.submit("/verify", "token", link.substring(link.indexOf('=') + 1));
      assertThat(v.get(verified.location()).body()).contains("Welcome, ada");
    }
  }

  @Test
  void theServersMailLinksUseTheConfiguredBaseUrl() {
    try (Site site = Site.start(dir, Map.of("base.url", HUB + "/"))) {
      site.visitor().signUp("bo@example.org", "bo", Site.PASSWORD);
      assertThat(site.mailTo("bo@example.org").get(0)).contains(HUB + "/verify?token=");
      Visitor v = site.visitor();
      v.get("/subscribe");
      v.submit("/subscribe", "email", "sub@example.org", "frequency", "daily");
      assertThat(site.mailTo("sub@example.org").get(0)).contains(HUB + "/subscribe/confirm?token=");
    }
  }

  @Test
  void anAnonymousUpvoteIsCountedAfterSigningIn() {
    try (Site site = Site.start(dir)) {
      site.member("cy").submit("/signout");
      Visitor v = site.visitor();
      v.get("/papers/2608.10002");
      Visitor.Page toSignIn =
          v.post("/papers/2608.10002/vote", Map.of(), "Referer", site.base + "/papers/2608.10002");
      assertThat(toSignIn.status()).isEqualTo(303);
      Visitor.Page form = v.get(toSignIn.location());
      assertThat(form.body()).contains("Sign in to upvote “Quiet Gradients”");
      assertThat(site.quire.papers().find("2608.10002").orElseThrow().upvotes()).isEqualTo(3);
      Visitor.Page in =
          v.submit(
              "/signin",
              "email",
              "cy@example.org",
              "password",
              Site.PASSWORD,
              "next",
              "/papers/2608.10002",
              "vote",
              "2608.10002");
      assertThat(in.location()).isEqualTo("/papers/2608.10002");
      assertThat(site.quire.papers().find("2608.10002").orElseThrow().upvotes()).isEqualTo(4);
    }
  }

  @Test
  void aPasswordChangeNeedsTheCurrentOneAndSignsOutOtherSessions() {
    try (Site site = Site.start(dir)) {
      Visitor here = site.member("dee");
      Visitor elsewhere = site.visitor();
      elsewhere.signIn("dee@example.org", Site.PASSWORD);
      here.get("/settings");
      Visitor.Page wrong =
          here.submit(
              "/settings/password", "current", "not it at all", "password", "new secret 42");
      assertThat(wrong.status()).isEqualTo(400);
      assertThat(wrong.body()).contains("the current password is wrong");
      Visitor.Page changed =
          here.submit(
              "/settings/password",
              "current",
              Site.PASSWORD,
              "password",
              "new secret 42",
              "revokeTokens",
              "yes");
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.body()).contains("Your password is changed");
      assertThat(here.get("/settings").status()).isEqualTo(200);
      assertThat(elsewhere.get("/settings").status()).isEqualTo(303);
      assertThat(site.visitor().signIn("dee@example.org", Site.PASSWORD).status()).isEqualTo(400);
      assertThat(site.visitor().signIn("dee@example.org", "new secret 42").status()).isEqualTo(303);
    }
  }

  @Test
  void tokenDatesReadAsDatesOnTheSettingsPage() {
    try (Site site = Site.start(dir)) {
      Visitor eve = site.member("eve");
      eve.get("/settings");
      eve.submit("/settings/tokens", "name", "laptop");
      String page = eve.get("/settings").body();
      assertThat(page).contains(">Aug 22, 2026, 12:00 UTC</time>");
      assertThat(page).doesNotContain(">2026-08-22T12:00:00Z");
    }
  }
}
