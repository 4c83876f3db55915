package dev.quire.web;

import static dev.quire.foryou.ForYouCorpus.biology;
import static dev.quire.foryou.ForYouCorpus.compiler;
import static dev.quire.foryou.ForYouCorpus.quantum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.foryou.ForYouCorpus;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The For-you, follows, author, inbox and private-feed pages over HTTP. */
class ForYouPagesTest {
  static final String WEEK = "/for-you?week=2026-W34";

  @TempDir Path dir;

  static Site site(Path dir) {
    return Site.start(dir, ForYouCorpus::store);
  }

  /** The arXiv id of the first card of a page. */
  static String first(String html) {
    Matcher m = Pattern.compile("data-vote=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a card on the page").isTrue();
    return m.group(1);
  }

  @Test
  void anonymousReadersAreSentToSignInAndTheApiAnswers401() {
    try (Site site = site(dir)) {
      Visitor anon = site.visitor();
      assertThat(anon.get("/for-you").status()).isEqualTo(303);
      assertThat(anon.get("/for-you").location()).startsWith("/signin");
      assertThat(anon.get("/inbox").status()).isEqualTo(303);
      assertThat(anon.get("/follows").status()).isEqualTo(303);
      assertThat(anon.get("/api/for-you").status()).isEqualTo(401);
      assertThat(anon.get("/api/inbox/count").status()).isEqualTo(401);
      assertThat(anon.get("/feeds/not-a-real-secret-at-all-000000/for-you.atom").status())
          .isEqualTo(404);
    }
  }

  @Test
  void aNewUpvoteChangesTheRankingOnTheNextPageLoad() {
    try (Site site = site(dir)) {
      Visitor ada = site.member("ada");
      String page = ada.get(WEEK).body();
      assertThat(page).contains("90% personal relevance · 5% recency · 5% community trending");
      assertThat(page).contains("popular this period");

      ada.get("/papers/" + biology(1));
      assertThat(ada.submit("/papers/" + biology(1) + "/vote").status()).isEqualTo(303);

      String after = ada.get(WEEK).body();
      assertThat(first(after)).startsWith("2608.203").isNotEqualTo(first(page));
      assertThat(after).contains("you upvoted").contains("Protein folding of membrane enzymes 1");
    }
  }

  @Test
  void notInterestedRemovesThePaperFromThePage() {
    try (Site site = site(dir)) {
      Visitor ada = site.member("ada");
      ada.get(WEEK);
      assertThat(ada.get(WEEK).body()).contains(quantum(3));
      assertThat(ada.submit("/papers/" + quantum(3) + "/not-interested", "back", WEEK).location())
          .isEqualTo(WEEK);
      assertThat(ada.get(WEEK).body()).doesNotContain("data-vote=\"" + quantum(3) + "\"");
      ada.get(WEEK);
      assertThat(ada.submit("/papers/9999.99999/not-interested").status()).isEqualTo(404);
    }
  }

  @Test
  void followingFromPagesListsTheFollowAndFillsTheInbox() {
    try (Site site = site(dir)) {
      Visitor ada = site.member("ada");
      String org = ada.get("/organizations/qlab").body();
      assertThat(org).contains("Follow Quantum Lab");
      assertThat(
              ada.submit(
                      "/follows",
                      "kind",
                      "organization",
                      "key",
                      "qlab",
                      "back",
                      "/organizations/qlab")
                  .location())
          .isEqualTo("/organizations/qlab");
      ada.get("/follows");
      assertThat(ada.submit("/follows", "kind", "search", "key", "compiler cat:cs.PL").status())
          .isEqualTo(303);
      ada.get("/follows");
      assertThat(ada.submit("/follows", "kind", "search", "key", "x before:soon").status())
          .isEqualTo(400);
      assertThat(
              ada.submit(
                      "/follows", "kind", "category", "key", "cs", "back", "https://evil.example/")
                  .location())
          .isEqualTo("/follows");

      String follows = ada.get("/follows").body();
      assertThat(follows).contains("qlab").contains("compiler cat:cs.PL").contains(">cs<");
      String inbox = ada.get("/inbox").body();
      assertThat(inbox).contains("13 unread").contains(compiler(6)).contains(quantum(1));
      assertThat(inbox).doesNotContain("data-vote=\"" + biology(1) + "\"");
      assertThat(ada.get("/api/inbox/count").body()).isEqualTo("{\"unread\":13}");

      ada.get("/inbox");
      ada.submit("/inbox/read", "paper", compiler(6));
      assertThat(ada.get("/api/inbox/count").body()).isEqualTo("{\"unread\":12}");
      ada.get("/inbox");
      ada.submit("/inbox/read-all");
      assertThat(ada.get("/inbox").body()).contains("0 unread").doesNotContain("Mark all read");

      ada.get("/follows");
      ada.submit("/follows/remove", "kind", "organization", "key", "qlab");
      assertThat(ada.get("/follows").body()).doesNotContain("/organizations/qlab");
    }
  }

  @Test
  void anAuthorPageShowsPapersCoauthorsAndAFollowButtonWithNameVariants() {
    try (Site site = site(dir)) {
      String page = site.visitor().get("/authors/Nadia%20Quantum").body();
      assertThat(page)
          .contains("Nadia Quantum")
          .contains("Co-authors")
          .contains("href=\"/authors/Piotr%20Lattice\"")
          .contains("/organizations/qlab")
          .contains("value=\"N. Quantum\"");
      assertThat(page.indexOf(quantum(6))).isLessThan(page.indexOf(quantum(5)));
      assertThat(site.visitor().get("/authors/Nobody%20Atall").status()).isEqualTo(404);

      Visitor ada = site.member("ada");
      ada.get("/authors/Nadia%20Quantum");
      ada.submit("/follows", "kind", "author", "key", "Nadia Quantum", "variant", "N. Quantum");
      assertThat(ada.get("/authors/Nadia%20Quantum").body()).contains("Following · unfollow");
      assertThat(ada.get("/follows").body()).contains("also N. Quantum");
    }
  }

  @Test
  void privateFeedsWorkCanBeResetAndShowOnlyTheirReadersPapers() {
    try (Site site = site(dir)) {
      Visitor ada = site.member("ada");
      Visitor bob = site.member("bob");
      ada.get("/follows");
      ada.submit("/follows", "kind", "category", "key", "cs.PL");
      bob.get("/follows");
      bob.submit("/follows", "kind", "category", "key", "q-bio");
      ada.get("/follows");
      String adaFeed = feedPath(ada.submit("/follows/feeds").body(), "inbox");
      bob.get("/follows");
      String bobFeed = feedPath(bob.submit("/follows/feeds").body(), "inbox");

      Visitor reader = site.visitor();
      String atom = reader.get(adaFeed).body();
      assertThat(atom)
          .contains("<feed")
          .contains("Compiler passes")
          .doesNotContain("Protein folding");
      assertThat(atom).doesNotContain("ada@example.org").doesNotContain("bob");
      assertThat(reader.get(bobFeed).body()).contains("Protein folding").doesNotContain("Compiler");
      assertThat(reader.get(adaFeed.replace("inbox.atom", "for-you.atom")).status()).isEqualTo(200);

      ada.get("/follows");
      String renewed = feedPath(ada.submit("/follows/feeds").body(), "inbox");
      assertThat(reader.get(adaFeed).status()).isEqualTo(404);
      assertThat(reader.get(renewed).status()).isEqualTo(200);
    }
  }

  private static String feedPath(String html, String name) {
    Matcher m =
        Pattern.compile("http://[^/]+(/feeds/[A-Za-z0-9_-]+/" + name + "\\.atom)").matcher(html);
    assertThat(m.find()).as("a private feed URL on the page").isTrue();
    return m.group(1);
  }

  @Test
  void theJsonApiAnswersBearerTokensWithReasons() {
    try (Site site = site(dir)) {
      site.member("ada");
      var ada = site.quire.accounts().users().findByEmail("ada@example.org").orElseThrow();
      site.quire.votes().set(ada.id(), quantum(1), true);
      String token = site.quire.apiTokens().create(ada, "reader");
      Visitor client = site.visitor();
      Visitor.Page page =
          client.send(
              HttpRequest.newBuilder(URI.create(site.base + "/api/for-you?week=2026-W34&limit=3"))
                  .header("Authorization", "Bearer " + token)
                  .GET());
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body())
          .contains("\"week\":\"2026-W34\"")
          .contains("\"personal\":0.9")
          .contains("you upvoted")
          .contains("\"id\":\"2608.2010");
      Visitor.Page inbox =
          client.send(
              HttpRequest.newBuilder(URI.create(site.base + "/api/inbox"))
                  .header("Authorization", "Bearer " + token)
                  .GET());
      assertThat(inbox.body()).isEqualTo("{\"unread\":0,\"papers\":[]}");
    }
  }

  @Test
  void onboardingTakesPastedIdsAndBibtexAndNamesBadEntries() {
    try (Site site = site(dir)) {
      Visitor ada = site.member("ada");
      ada.get("/for-you/start");
      Visitor.Page report =
          ada.submit(
              "/for-you/start",
              "category",
              "cs.PL",
              "ids",
              quantum(1) + " nonsense",
              "bibtexText",
              "@article{k1, eprint = {" + biology(1) + "}}\n@book{k2, title = {No id}}");
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.body())
          .contains("Added 1: cs.PL")
          .contains("Added 1: " + quantum(1))
          .contains("'nonsense' is not an arXiv id")
          .contains("Added 1: " + biology(1))
          .contains("entry k2 (line 2): no arXiv eprint");
      ada.get("/for-you/start");
      assertThat(ada.submit("/for-you/start").status()).isEqualTo(400);
    }
  }
}
