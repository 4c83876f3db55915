package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TwoNodes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one node of two on one PostgreSQL database remembers in memory follows the other node's
 * writes within 2 s: a session ended on A is refused on B, a vote on A is counted on B's pages.
 */
class CoherentNodesTest {
  static final String PAPER = "2611.00042";
  static final Pattern VOTES = Pattern.compile("class=\"votes-count\">(\\d+)<");
  static final long WITHIN_MILLIS = 2_000;

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aSignOutAndAVoteOnOneNodeShowOnTheOtherWithinTwoSeconds() throws Exception {
    try (TwoNodes nodes = TwoNodes.start(dir, Map.of())) {
      Path seed = dir.resolve("seed-q");
      try (Quire q = nodes.openQuire(seed)) {
        Fixtures.feature(
            q.paperStore(),
            Fixtures.paper(PAPER, "Votes seen by both nodes", 7),
            LocalDate.now(java.time.ZoneOffset.UTC),
            null);
        q.accounts().signUp("ida@example.org", "ida", Site.PASSWORD);
        q.accounts().awaitMail();
        try (var mails = java.nio.file.Files.list(seed.resolve("mail"))) {
          String text = Site.text(Site.read(mails.findFirst().orElseThrow()));
          Matcher token = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)").matcher(text);
          assertThat(token.find()).as(text).isTrue();
          q.accounts().verify(token.group(1));
        }
      }
      Visitor a = new Visitor("http://127.0.0.1:" + nodes.a().port());
      Visitor b = a.at("http://127.0.0.1:" + nodes.b().port());

      Visitor.Page in = a.signIn("ida@example.org", Site.PASSWORD);
      assertThat(in.status()).as(in.body()).isEqualTo(303);
      String session = "quire_session=" + a.cookie("quire_session").getValue();
      Visitor elsewhere = new Visitor("http://127.0.0.1:" + nodes.b().port()); // keeps the cookie
      assertThat(elsewhere.get("/settings", "Cookie", session).status())
          .as("B remembers the session")
          .isEqualTo(200);
      a.get("/settings");
      a.submit("/signout");
      long signOut =
          millisUntil(
              () -> elsewhere.get("/settings", "Cookie", session),
              page -> page.status() != 200,
              "sign-out on B");
      System.out.printf("sign-out on A refused on B after %d ms%n", signOut);

      assertThat(a.signIn("ida@example.org", Site.PASSWORD).status()).isEqualTo(303);
      int before = votes(b.get("/papers/" + PAPER).body());
      assertThat(votes(b.get("/").body())).as("B's cached front page").isEqualTo(before);
      a.get("/papers/" + PAPER);
      assertThat(a.submit("/papers/" + PAPER + "/vote").status()).isLessThan(400);
      long vote =
          millisUntil(
              () -> b.get("/"), page -> votes(page.body()) == before + 1, "the vote on B's page");
      System.out.printf("vote on A counted on B's front page after %d ms%n", vote);
    }
  }

  /** Asks until {@code done}; fails past {@link #WITHIN_MILLIS}. */
  static long millisUntil(Supplier<Visitor.Page> ask, Predicate<Visitor.Page> done, String what)
      throws InterruptedException {
    long start = System.nanoTime();
    while (true) {
      Visitor.Page page = ask.get();
      long took = (System.nanoTime() - start) / 1_000_000;
      if (done.test(page)) {
        return took;
      }
      assertThat(took)
          .as(what + " within 2 s; last answer " + page.status())
          .isLessThan(WITHIN_MILLIS);
      Thread.sleep(50);
    }
  }

  static int votes(String body) {
    Matcher m = VOTES.matcher(body);
    assertThat(m.find()).as("a vote count on the page").isTrue();
    return Integer.parseInt(m.group(1));
  }
}
