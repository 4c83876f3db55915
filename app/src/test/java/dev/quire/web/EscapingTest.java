package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {
  private static final String XSS = "<script>alert('x')</script>";
  @TempDir Path dir;

  @Test
  void scriptsInPaperDataAreShownAsTextOnEveryPage() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      Organization org = new Organization("evil", "Evil " + XSS, "javascript:alert(1)", null);
      Paper paper =
          Fixtures.paper("2608.40001", "Title " + XSS, 5).toBuilder()
              .abstractText("Abstract " + XSS + " \"quoted\" & more")
              .authors(List.of(Author.named("Mallory " + XSS)))
              .aiSummary("Summary " + XSS)
              .aiKeywords(List.of(XSS))
              .comments(XSS)
              .organization("evil")
              .build();
      quire
          .paperStore()
          .writeBatch(
              List.of(org),
              List.of(paper),
              List.of(
                  new DailyEntry(
                      paper.id(), SiteFixture.FRI, null, "\"><script>x()</script>", XSS, null)));
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            for (String path :
                List.of(
                    "/", "/papers?week=2026-W34", "/papers/2608.40001", "/organizations/evil")) {
              String html = withoutOwnScript(client.get(path).body().string());
              assertThat(html)
                  .as(path)
                  .doesNotContain("<script")
                  .doesNotContain("javascript:")
                  .contains("&lt;script&gt;alert('x')&lt;/script&gt;");
            }
            String notFound =
                withoutOwnScript(
                    client.get("/papers/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body().string());
            assertThat(notFound).doesNotContain("<script");
          });
    }
  }

  /**
   * The page without the site's own script tags (static files under /static/), which are not data.
   */
  static String withoutOwnScript(String html) {
    return html.replaceAll("<script src=\"/static/[a-z0-9-]+\\.js\" defer></script>", "");
  }
}
