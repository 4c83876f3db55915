package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountPagesTest {
  @TempDir Path dir;

  @Test
  void aVisitorSignsUpConfirmsThroughTheMailedLinkAndIsSignedIn() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      Visitor.Page done = v.signUp("ada@example.org", "ada", Site.PASSWORD);
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.body()).contains("Check your mail");
      assertThat(v.get("/").body()).contains("Sign in").doesNotContain("Sign out");

      String link = site.link("/verify", "ada@example.org");
      assertThat(v.get(link).body()).contains("Confirm and sign in");
      assertThat(v.get("/").body())
          .as("opening the link alone signs nobody in")
          .contains("Sign in");
      v.get(link);
      Visitor.Page verified = v.submit("/verify", "token", link.substring(link.indexOf('=') + 1));
      assertThat(verified.status()).isEqualTo(303);
      assertThat(verified.location()).isEqualTo("/welcome");
      assertThat(v.get("/welcome").body()).contains("Welcome, ada");
      Visitor.Page home = v.get("/");
      assertThat(home.body()).contains(">ada</a>").contains("Sign out");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindHttps() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      v.signUp("bo@example.org", "bo", Site.PASSWORD);
      String link = site.link("/verify", "bo@example.org");
      v.get(link);
      Visitor.Page plain = v.submit("/verify", "token", link.substring(link.indexOf('=') + 1));
      String cookie =
          plain.headers("Set-Cookie").stream()
              .filter(c -> c.startsWith("quire_session="))
              .findFirst()
              .orElseThrow();
      assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
      assertThat(cookie).doesNotContain("Secure");

      Visitor.Page https = site.visitor().get("/signin", "X-Forwarded-Proto", "https");
      assertThat(https.headers("Set-Cookie"))
          .anySatisfy(
              c -> assertThat(c).startsWith("quire_csrf=").contains("Secure").contains("HttpOnly"));
    }
  }

  @Test
  void anUnconfirmedAccountCannotSignInAndGetsANewLink() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      v.signUp("cy@example.org", "cy", Site.PASSWORD);
      Visitor.Page refused = v.signIn("cy@example.org", Site.PASSWORD);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body()).contains("confirm your email address first");
      assertThat(site.mailTo("cy@example.org")).hasSize(2);
    }
  }

  @Test
  void signingInAndOutWorksAndAWrongPasswordIsRefused() {
    try (Site site = Site.start(dir)) {
      site.member("dee");
      Visitor v = site.visitor();
      assertThat(v.signIn("dee@example.org", "not the password").body())
          .contains("wrong email or password");
      Visitor.Page in = v.signIn("DEE@example.org", Site.PASSWORD);
      assertThat(in.status()).isEqualTo(303);
      assertThat(in.location()).isEqualTo("/");
      assertThat(v.get("/").body()).contains("Sign out");

      assertThat(v.submit("/signout").status()).isEqualTo(303);
      assertThat(v.get("/").body()).contains("Sign in").doesNotContain("Sign out");
    }
  }

  @Test
  void afterFiveWrongPasswordsSignInIsThrottledWith429AndRetryAfter() {
    try (Site site = Site.start(dir)) {
      site.member("eve");
      Visitor v = site.visitor();
      for (int i = 0; i < 5; i++) {
        assertThat(v.signIn("eve@example.org", "guess number " + i).status()).isEqualTo(400);
      }
      Visitor.Page throttled = v.signIn("eve@example.org", Site.PASSWORD);
      assertThat(throttled.status()).isEqualTo(429);
      assertThat(throttled.header("Retry-After")).isNotNull();
      assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
      assertThat(throttled.body()).contains("too many failed sign-ins");

      site.clock.advance(Duration.ofMinutes(16));
      assertThat(v.signIn("eve@example.org", Site.PASSWORD).status()).isEqualTo(303);
    }
  }

  @Test
  void formsPostedWithoutOrWithAWrongCsrfTokenAreRefused() {
    try (Site site = Site.start(dir)) {
      site.member("fay");
      Visitor anonymous = site.visitor();
      anonymous.get("/signin");
      Visitor.Page noToken =
          anonymous.post("/signin", Map.of("email", "fay@example.org", "password", Site.PASSWORD));
      assertThat(noToken.status()).isEqualTo(403);
      assertThat(noToken.body()).contains("CSRF token");

      Visitor fay = site.visitor();
      fay.signIn("fay@example.org", Site.PASSWORD);
      assertThat(fay.post("/signout", Map.of()).status()).isEqualTo(403);
      assertThat(fay.post("/papers/2608.10001/vote", Map.of("csrf", "forged")).status())
          .isEqualTo(403);
      assertThat(fay.get("/").body()).contains("Sign out");
      assertThat(site.quire.papers().find("2608.10001").orElseThrow().upvotes()).isEqualTo(30);
    }
  }

  @Test
  void pagesForMembersSendAnonymousVisitorsToSignInAndBack() {
    try (Site site = Site.start(dir)) {
      Visitor.Page settings = site.visitor().get("/settings");
      assertThat(settings.status()).isEqualTo(303);
      assertThat(settings.location()).isEqualTo("/signin?next=%2Fsettings");

      Visitor gus = site.member("gus");
      gus.submit("/signout");
      gus.get("/signin?next=%2Fsettings");
      Visitor.Page in =
          gus.submit(
              "/signin",
              "email",
              "gus@example.org",
              "password",
              Site.PASSWORD,
              "next",
              "/settings");
      assertThat(in.location()).isEqualTo("/settings");
      assertThat(AccountPageController.next("//evil.example/")).isEqualTo("/");
      assertThat(AccountPageController.next("https://evil.example/")).isEqualTo("/");
    }
  }

  @Test
  void aResetLinkSetsANewPasswordOnceAndEndsOtherSessions() {
    try (Site site = Site.start(dir)) {
      Visitor old = site.member("hal");
      Visitor v = site.visitor();
      v.get("/forgot");
      assertThat(v.submit("/forgot", "email", "hal@example.org").body())
          .contains("If an account uses that address");
      String link = site.link("/reset", "hal@example.org");
      v.get(link);
      String token = link.substring(link.indexOf('=') + 1);
      Visitor.Page reset = v.submit("/reset", "token", token, "password", "a brand new secret");
      assertThat(reset.body()).contains("Your password is changed");

      assertThat(old.get("/").body()).doesNotContain("Sign out");
      assertThat(v.signIn("hal@example.org", Site.PASSWORD).status()).isEqualTo(400);
      assertThat(v.signIn("hal@example.org", "a brand new secret").status()).isEqualTo(303);

      Visitor again = site.visitor();
      again.get(link);
      Visitor.Page reused = again.submit("/reset", "token", token, "password", "yet another one!");
      assertThat(reused.status()).isEqualTo(400);
      assertThat(reused.body()).contains("unknown, used or expired");
    }
  }

  @Test
  void aResetLinkOlderThanAnHourIsRefused() {
    try (Site site = Site.start(dir)) {
      site.member("ivy");
      Visitor v = site.visitor();
      v.get("/forgot");
      v.submit("/forgot", "email", "ivy@example.org");
      String link = site.link("/reset", "ivy@example.org");
      site.clock.advance(Duration.ofMinutes(61));
      v.get(link);
      Visitor.Page expired =
          v.submit(
              "/reset",
              "token",
              link.substring(link.indexOf('=') + 1),
              "password",
              "too late for this");
      assertThat(expired.status()).isEqualTo(400);
      assertThat(expired.body()).contains("unknown, used or expired");
      assertThat(v.signIn("ivy@example.org", Site.PASSWORD).status()).isEqualTo(303);
    }
  }

  @Test
  void askingForAResetOfAnUnknownAddressLooksTheSameAndSendsNothing() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      v.get("/forgot");
      assertThat(v.submit("/forgot", "email", "nobody@example.org").body())
          .contains("If an account uses that address");
      assertThat(site.mailTo("nobody@example.org")).isEmpty();
    }
  }

  @Test
  void signUpRefusesATakenNameAShortPasswordAndABadAddressWithoutEscapingTheForm() {
    try (Site site = Site.start(dir)) {
      site.member("jo");
      Visitor v = site.visitor();
      assertThat(v.signUp("other@example.org", "jo", Site.PASSWORD).body())
          .contains("the name 'jo' is taken");
      assertThat(v.signUp("new@example.org", "newbie", "short").body()).contains("this one has 5");
      Visitor.Page bad = v.signUp("<script>x</script>", "newbie", Site.PASSWORD);
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body()).doesNotContain("<script>x</script>").contains("&lt;script&gt;");
    }
  }
}
