package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsTest {
  private static final String PAPER = "/papers/2608.10001";
  @TempDir Path dir;

  @Test
  void aMemberCommentsWithMarkdownAndTheCountShowsOnCardsAndInTheApi() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      ada.get(PAPER);
      Visitor.Page posted =
          ada.submit(
              PAPER + "/comments", "body", "Nice **result**, see [code](https://example.org/x).");
      assertThat(posted.status()).isEqualTo(303);
      String page = site.visitor().get(PAPER).body();
      assertThat(page)
          .contains("<strong>result</strong>")
          .contains("<a rel=\"nofollow ugc noopener\" href=\"https://example.org/x\">code</a>")
          .contains("comment-author\">ada<");
      // the fixture paper has 2 imported comments: cards count the one readers can open here and
      // label the imported ones; the API, shaped like Hugging Face's, counts all of them
      assertThat(site.visitor().get("/").body())
          .contains("1 comment <span class=\"muted\"")
          .contains("· 2 on Hugging Face");
      assertThat(site.visitor().get("/api/daily_papers?date=2026-08-21").body())
          .contains("\"numComments\":3");
      assertThat(site.visitor().get("/api/papers/2608.10001/comments").body())
          .contains("Nice **result**");
    }
  }

  @Test
  void scriptsAndJavascriptLinksInCommentsAreRenderedInert() {
    try (Site site = Site.start(dir)) {
      Visitor eve = site.member("eve");
      eve.get(PAPER);
      eve.submit(
          PAPER + "/comments",
          "body",
          "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))"
              + " ![pic](javascript:alert(4)) <a href=\"javascript:alert(5)\">x</a>");
      String page = EscapingTest.withoutOwnScript(site.visitor().get(PAPER).body());
      assertThat(page)
          .doesNotContain("<script")
          .doesNotContain("<img src=x")
          .doesNotContain("href=\"javascript:")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void authorsEditAndDeleteTheirOwnCommentsButNotOthers() {
    try (Site site = Site.start(dir)) {
      Visitor ann = site.member("ann");
      ann.get(PAPER);
      ann.submit(PAPER + "/comments", "body", "first thoughts");
      String id = commentId(site.visitor().get(PAPER).body());

      Visitor bob = site.member("bob");
      bob.get(PAPER);
      assertThat(bob.get("/comments/" + id + "/edit").status()).isEqualTo(403);
      assertThat(bob.submit("/comments/" + id + "/edit", "body", "hijacked").status())
          .isEqualTo(403);
      assertThat(bob.submit("/comments/" + id + "/delete").status()).isEqualTo(403);
      assertThat(bob.submit("/comments/" + id + "/hide").status()).isEqualTo(403);
      assertThat(site.visitor().get(PAPER).body()).contains("first thoughts");

      ann.get("/comments/" + id + "/edit");
      assertThat(ann.submit("/comments/" + id + "/edit", "body", "second thoughts").status())
          .isEqualTo(303);
      assertThat(site.visitor().get(PAPER).body()).contains("second thoughts").contains("(edited)");
      ann.get(PAPER);
      assertThat(ann.submit("/comments/" + id + "/delete").status()).isEqualTo(303);
      assertThat(site.visitor().get(PAPER).body()).doesNotContain("second thoughts");
      assertThat(site.quire.papers().find("2608.10001").orElseThrow().numComments()).isEqualTo(2);
    }
  }

  @Test
  void adminsHideACommentFromEveryoneElseAndTheCountDrops() {
    try (Site site = Site.start(dir)) {
      Visitor spam = site.member("spammer");
      spam.get(PAPER);
      spam.submit(PAPER + "/comments", "body", "buy cheap stuff");
      String id = commentId(site.visitor().get(PAPER).body());
      site.member("root");
      site.quire.accounts().setAdmin("root@example.org", true);
      Visitor root = site.visitor();
      root.signIn("root@example.org", Site.PASSWORD);
      root.get(PAPER);
      assertThat(root.submit("/comments/" + id + "/hide", "hidden", "true").status())
          .isEqualTo(303);
      assertThat(site.visitor().get(PAPER).body()).doesNotContain("buy cheap stuff");
      assertThat(root.get(PAPER).body()).contains("buy cheap stuff").contains("Hidden");
      assertThat(site.quire.papers().find("2608.10001").orElseThrow().numComments()).isEqualTo(2);
    }
  }

  @Test
  void posting6CommentsInAMinuteIsRefusedWith429() {
    try (Site site = Site.start(dir)) {
      Visitor fan = site.member("fan");
      fan.get(PAPER);
      for (int i = 0; i < 5; i++) {
        assertThat(fan.submit(PAPER + "/comments", "body", "comment " + i).status()).isEqualTo(303);
      }
      Visitor.Page sixth = fan.submit(PAPER + "/comments", "body", "one too many");
      assertThat(sixth.status()).isEqualTo(429);
      assertThat(sixth.header("Retry-After")).isNotNull();
    }
  }

  @Test
  void emptyAndMissingCommentsAreA400AndCommentsWithoutCsrfAre403() {
    try (Site site = Site.start(dir)) {
      Visitor gil = site.member("gil");
      gil.get(PAPER);
      assertThat(gil.submit(PAPER + "/comments", "body", "   ").status()).isEqualTo(400);
      assertThat(gil.post(PAPER + "/comments", Map.of("body", "no token")).status()).isEqualTo(403);
      assertThat(gil.submit("/comments/nope/delete").status()).isEqualTo(404);
    }
  }

  private static String commentId(String page) {
    Matcher m = Pattern.compile("id=\"comment-([0-9a-f]{32})\"").matcher(page);
    assertThat(m.find()).as("a comment on the page").isTrue();
    return m.group(1);
  }
}
