package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.AccountException;
import dev.quire.account.ThrottledException;
import dev.quire.app.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account attacks of the security review (issue 17), each tried as the review did; every test
 * here failed on main before the fix.
 */
class AccountAttacksTest {
  @TempDir Path dir;

  @Test
  void aResetRequestedWithAForgedHostHeaderMailsALinkToTheConfiguredSiteOnly() { // item 1
    try (Site site = Site.start(dir, Map.of("base.url", "http://papers.example.org"))) {
      site.member("ann");
      String answer =
          RawHttp.postForm(site.app.port(), "/forgot", "evil.example", "email=ann%40example.org");
      assertThat(answer).startsWith("HTTP/1.1 200");
      List<String> mails = site.mailTo("ann@example.org");
      String reset = mails.get(mails.size() - 1);
      assertThat(reset).contains("http://papers.example.org/reset?token=");
      assertThat(String.join("\n", mails)).doesNotContain("evil.example");
    }
  }

  @Test
  void withoutBaseUrlMailLinksNameTheBoundAddressAndPortNotTheRequestHost() { // item 1
    try (Site site = Site.start(dir)) {
      site.member("ben");
      RawHttp.postForm(site.app.port(), "/forgot", "evil.example", "email=ben%40example.org");
      List<String> mails = site.mailTo("ben@example.org");
      assertThat(mails.get(mails.size() - 1))
          .contains("http://127.0.0.1:" + site.app.port() + "/reset?token=");
      assertThat(String.join("\n", mails)).doesNotContain("evil.example");
      assertThat(site.quire.links().describe()).contains("derived from the bind address");
    }
  }

  @Test
  void sixteenParallelWrongPasswordsAreCheckedAtMostFiveTimes() throws Exception { // item 2
    try (Site site = Site.start(dir)) {
      site.member("cat");
      int attempts = 16;
      ExecutorService pool = Executors.newFixedThreadPool(attempts);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
          String guess = "wrong guess " + i;
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      site.quire.accounts().signIn("cat@example.org", guess, "10.0.0.9", null);
                      return "signed in";
                    } catch (ThrottledException e) {
                      return "throttled";
                    } catch (AccountException e) {
                      return "checked";
                    }
                  }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
          results.add(f.get(120, TimeUnit.SECONDS));
        }
        assertThat(results.stream().filter("checked"::equals).count()).isEqualTo(5);
        assertThat(results.stream().filter("throttled"::equals).count()).isEqualTo(11);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aNextPathWithATabOrBackslashDoesNotLeaveTheSite() { // item 3
    for (String evil :
        List.of(
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "/\\\\evil.example",
            "//evil.example",
            "/ /evil.example",
            "https://evil.example/",
            "/\u0000/evil.example")) {
      assertThat(AccountPageController.next(evil)).as(evil).isEqualTo("/");
    }
    assertThat(AccountPageController.next("/papers/2608.10001?x=1#c"))
        .isEqualTo("/papers/2608.10001?x=1#c");
    try (Site site = Site.start(dir)) {
      site.member("dan").submit("/signout");
      Visitor v = site.visitor();
      v.get("/signin");
      Visitor.Page in =
          v.submit(
              "/signin",
              "email",
              "dan@example.org",
              "password",
              Site.PASSWORD,
              "next",
              "/\t/evil.example");
      assertThat(in.location()).isEqualTo("/");
    }
  }

  @Test
  void onlyAPlainAddressSignsUpAndOneMailboxHoldsOneAccount() { // item 7
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      for (String bad :
          List.of(
              "bob<alice@example.com>",
              "bob <alice@example.com>",
              "undisclosed:alice@example.com;",
              "alice@example.com, bob@example.com",
              "\"a b\"@example.com",
              "alice@example.com (bob)")) {
        Visitor.Page refused = v.signUp(bad, "bob", Site.PASSWORD);
        assertThat(refused.status()).as(bad).isEqualTo(400);
        assertThat(refused.body()).contains("is not a plain email address");
      }
      assertThat(site.mailTo("alice@example.com")).isEmpty();

      site.visitor().signUp("Alice@Example.com", "alice", Site.PASSWORD);
      Visitor.Page again = site.visitor().signUp("alice@example.com", "alice2", Site.PASSWORD);
      assertThat(again.status()).isEqualTo(200);
      assertThat(
              site.quire.accounts().users().findByEmail("alice@example.com").orElseThrow().name())
          .isEqualTo("alice");
      assertThat(site.mailTo("alice@example.com")).hasSize(2);
      assertThat(site.mailTo("alice@example.com").get(1)).contains("already has one");
    }
  }

  @Test
  void signUpsAndResetMailsAreLimitedPerClientAddressAndPerRecipient() { // item 7
    try (Site site = Site.start(dir)) {
      site.member("eve"); // one sign-up from this address
      Visitor v = site.visitor();
      v.get("/forgot");
      for (int i = 0; i < 5; i++) {
        assertThat(v.submit("/forgot", "email", "eve@example.org").status()).isEqualTo(200);
      }
      assertThat(site.mailTo("eve@example.org").stream().filter(m -> m.contains("/reset?token=")))
          .as("3 account mails an hour per recipient, the first was the confirmation")
          .hasSize(2);
      int more = 0;
      Visitor.Page last = null;
      while (more < 20) {
        last = site.visitor().signUp("new" + more + "@example.org", "new" + more, Site.PASSWORD);
        if (last.status() == 429) {
          break;
        }
        more++;
      }
      assertThat(last.status()).isEqualTo(429);
      assertThat(last.header("Retry-After")).isNotNull();
      assertThat(more).as("sign-ups before the limit").isEqualTo(10 - 1 - 5);
    }
  }

  @Test
  void signingUpWithATakenAddressLooksLikeANewSignUp() { // item 9
    try (Site site = Site.start(dir)) {
      site.member("fay");
      Visitor.Page taken = site.visitor().signUp("fay@example.org", "other", Site.PASSWORD);
      Visitor.Page fresh = site.visitor().signUp("gil@example.org", "gil", Site.PASSWORD);
      assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(200);
      assertThat(notice(taken).replace("fay@example.org", "X"))
          .isEqualTo(notice(fresh).replace("gil@example.org", "X"))
          .isNotEmpty();
      assertThat(notice(taken)).doesNotContain("already registered");
    }
  }

  @Test
  void aResetEndsEveryOtherResetLinkOfTheAccount() { // item 10
    try (Site site = Site.start(dir)) {
      site.member("hal");
      Visitor v = site.visitor();
      v.get("/forgot");
      v.submit("/forgot", "email", "hal@example.org");
      String first = site.link("/reset", "hal@example.org");
      v.submit("/forgot", "email", "hal@example.org");
      String second = site.link("/reset", "hal@example.org");
      assertThat(second).isNotEqualTo(first);
      v.get(second);
      assertThat(
              v.submit("/reset", "token", token(second), "password", "a brand new secret").status())
          .isEqualTo(200);
      v.get(first);
      Visitor.Page stale =
          v.submit("/reset", "token", token(first), "password", "attacker's choice!");
      assertThat(stale.status()).isEqualTo(400);
      assertThat(stale.body()).contains("unknown, used or expired");
    }
  }

  @Test
  void wrongGuessesByAStrangerDoNotLockTheOwnerOutOfAKnownDevice() { // item 11
    try (Site site = Site.start(dir)) {
      Visitor owner = site.member("ida");
      owner.get("/");
      owner.submit("/signout");
      Visitor stranger = site.visitor();
      for (int i = 0; i < 6; i++) {
        stranger.signIn("ida@example.org", "guess number " + i);
      }
      assertThat(stranger.signIn("ida@example.org", Site.PASSWORD).status()).isEqualTo(429);
      Visitor.Page back = owner.signIn("ida@example.org", Site.PASSWORD);
      assertThat(back.status()).isEqualTo(303);
      assertThat(owner.get("/").body()).contains("Sign out");
      assertThat(site.visitor().signIn("ida@example.org", Site.PASSWORD).status())
          .as("a new browser still waits, or uses a reset link")
          .isEqualTo(429);
    }
  }

  @Test
  void theServerListensOnThisMachineOnlyUnlessConfigured() { // item 15
    assertThat(Config.load(Map.of("data", dir.toString()), Map.of()).host()).isEqualTo("127.0.0.1");
    assertThat(Config.load(Map.of("data", dir.toString()), Map.of("QUIRE_HOST", "0.0.0.0")).host())
        .isEqualTo("0.0.0.0");
  }

  @Test
  void theWeakestPasswordsAreRefused() { // item 15
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      for (String weak :
          List.of("aaaaaaaaaaaa", "1234567890", "password123", "qwertyuiop", "abababababab")) {
        Visitor.Page refused = v.signUp("jo@example.org", "jo", weak);
        assertThat(refused.status()).as(weak).isEqualTo(400);
      }
      assertThat(site.quire.accounts().users().findByEmail("jo@example.org")).isEmpty();
    }
  }

  @Test
  void openingAConfirmationLinkSignsNobodyInUntilTheFormIsPosted() { // item 15
    try (Site site = Site.start(dir)) {
      site.visitor().signUp("kim@example.org", "kim", Site.PASSWORD);
      String link = site.link("/verify", "kim@example.org");
      Visitor victim = site.visitor();
      Visitor.Page opened = victim.get(link);
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.headers("Set-Cookie")).noneMatch(c -> c.startsWith("quire_session="));
      assertThat(victim.get("/").body()).doesNotContain("Sign out");
      assertThat(victim.post("/verify", Map.of("token", token(link))).status())
          .as("a cross-site POST without the form's token")
          .isEqualTo(403);
    }
  }

  private static String notice(Visitor.Page page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<p class=\"notice\"[^>]*>(.*?)</p>").matcher(page.body());
    return m.find() ? m.group(1) : "";
  }

  private static String token(String link) {
    return link.substring(link.indexOf('=') + 1);
  }
}
