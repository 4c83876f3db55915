package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page shows the same counts for a paper, comments readers can open apart from those counted
 * on Hugging Face, fresh after a write; public collections are open to anonymous readers.
 */
class NumbersAgreeTest {
  // SiteFixture: "Lanterns of Attention" has 30 imported upvotes and 2 imported comments
  private static final String PAPER = "2608.10001";
  @TempDir Path dir;

  private static String votes(String html) {
    Matcher m =
        Pattern.compile("data-vote=\"" + PAPER + "\"[^>]*>.*?votes-count\">(\\d+)<", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("vote count of %s", PAPER).isTrue();
    return m.group(1);
  }

  @Test
  void afterAVoteAndACommentTheCollectionShowsTheSameCountsAsTheDailyPage() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = CollectionsTest.create(ada, "Reading list", "", "public");
      ada.get(path);
      ada.submit(path + "/papers", "paper", PAPER);
      String before = site.visitor().get(path).body();
      assertThat(votes(before)).isEqualTo("30");

      ada.get("/papers/" + PAPER);
      ada.submit("/papers/" + PAPER + "/vote");
      ada.get("/papers/" + PAPER);
      ada.submit("/papers/" + PAPER + "/comments", "body", "A first comment here");

      String home = site.visitor().get("/").body();
      String collection = site.visitor().get(path).body();
      String paper = site.visitor().get("/papers/" + PAPER).body();
      assertThat(votes(home)).isEqualTo("31");
      assertThat(votes(collection)).isEqualTo("31");
      assertThat(paper).contains("31");
      for (String page : new String[] {home, collection}) {
        assertThat(page)
            .contains("1 comment <span class=\"muted\"")
            .contains("· 2 on Hugging Face")
            .doesNotContain("3 comments");
      }
      assertThat(paper)
          .contains("A first comment here")
          .contains("Discussion <span class=\"muted\">(1)</span>")
          .contains(">1 comment</a>")
          .contains("· 2 on Hugging Face")
          .doesNotContain("3 comments");
    }
  }

  @Test
  void anonymousReadersBrowsePublicCollectionsButNeverPrivateOnes() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String open = CollectionsTest.create(ada, "Open reading list", "for the group", "public");
      CollectionsTest.create(ada, "Secret plans", "", "private");
      Visitor.Page list = site.visitor().get("/collections");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body())
          .contains("Public collections")
          .contains("href=\"" + open + "\"")
          .contains("Open reading list")
          .contains("by ada")
          .doesNotContain("Secret plans")
          .contains("Sign in</a> to keep your own collections");
      assertThat(site.visitor().get(open).status()).isEqualTo(200);
      assertThat(ada.get("/collections").body())
          .contains("Your collections")
          .contains("Secret plans");
    }
  }

  @Test
  void anUnknownAddressGetsAReadable404Page() {
    try (Site site = Site.start(dir)) {
      Visitor.Page page = site.visitor().get("/nope/nothing");
      assertThat(page.status()).isEqualTo(404);
      assertThat(page.body())
          .contains("There is no page at /nope/nothing.")
          .contains("href=\"/search\"")
          .doesNotContain("Endpoint GET");
    }
  }

  @Test
  void theTrendingSubtitleSaysWhatItMeansWithoutAFormula() {
    try (Site site = Site.start(dir)) {
      String html = site.visitor().get("/trending").body();
      assertThat(html)
          .contains("with the most upvotes for their age")
          .doesNotContain("<sup>1.5</sup>");
    }
  }
}
