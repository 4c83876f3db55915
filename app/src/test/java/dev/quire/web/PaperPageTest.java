package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperPageTest {
  @TempDir Path dir;

  @Test
  void aPaperPageShowsAbstractAuthorsLinksAndWhereItWasFeatured() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/papers/2608.10004");
          String html = res.body().string();
          assertThat(res.code()).isEqualTo(200);
          assertThat(html)
              .contains("<h1>Older Wednesday Work")
              .contains("Abstract of Older Wednesday Work. We study things carefully.")
              .contains("Ada Lovelace")
              .contains("Grace Hopper")
              .contains("Coauthor Number14")
              .contains("17 authors")
              .contains("href=\"https://arxiv.org/abs/2608.10004\"")
              .contains("href=\"https://arxiv.org/pdf/2608.10004\"")
              .contains("href=\"https://github.com/example/2608.10004\" rel=\"noopener\"")
              .contains("42<span class=\"visually-hidden\"> stars")
              .contains(
                  "href=\"https://example.org/2608.10004\" rel=\"noopener\" target=\"_blank\">Project page")
              .contains("A one-line summary of Older Wednesday Work.")
              .contains("testing")
              .contains("fixtures")
              .containsSubsequence("cs.LG", "cs.AI")
              .contains("href=\"/papers?date=2026-08-19\">Aug 19, 2026</a>")
              .contains("submitted by AK (@akhaliq)")
              .contains("href=\"/organizations/google\"")
              .contains("v1");
        });
  }

  @Test
  void anOldStyleIdWithASlashHasItsPage() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/papers/hep-th/9901001");
          assertThat(res.code()).isEqualTo(200);
          assertThat(res.body().string())
              .contains("Strings of Old")
              .contains("https://arxiv.org/abs/hep-th/9901001");
        });
  }

  @Test
  void aVersionedIdRedirectsToTheCanonicalPage() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/papers/2608.10004v2");
          assertThat(res.code()).isEqualTo(301);
          assertThat(res.headers().get("Location")).containsExactly("/papers/2608.10004");
          Response md = client.get("/papers/2608.10004v2.md");
          assertThat(md.headers().get("Location")).containsExactly("/papers/2608.10004.md");
        });
  }

  @Test
  void anUnknownOrInvalidIdIsA404PageNamingTheId() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response unknown = client.get("/papers/2608.99999");
          assertThat(unknown.code()).isEqualTo(404);
          assertThat(unknown.body().string()).contains("arXiv:2608.99999 is not on this hub");
          Response invalid = client.get("/papers/unknown");
          assertThat(invalid.code()).isEqualTo(404);
          assertThat(invalid.body().string()).contains("'unknown' is not an arXiv id");
          assertThat(client.get("/papers/unknown.md").code()).isEqualTo(404);
        });
  }

  @Test
  void theMarkdownVersionHasTitleAuthorsLinksAndAbstract() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/papers/2608.10001.md");
          assertThat(res.code()).isEqualTo(200);
          assertThat(res.headers().get("Content-Type"))
              .containsExactly("text/markdown; charset=utf-8");
          String md = res.body().string();
          assertThat(md)
              .startsWith("# Lanterns of Attention\n")
              .contains("**Authors:** Ada Lovelace, Alan Turing, Grace Hopper")
              .contains("<https://arxiv.org/abs/2608.10001>")
              .contains("<https://arxiv.org/pdf/2608.10001>")
              .contains("GitHub: <https://github.com/example/2608.10001> (42 stars)")
              .contains("Project page: <https://example.org/2608.10001>")
              .contains(
                  "## Abstract\n\nAbstract of Lanterns of Attention. We study things carefully.");
        });
  }

  @Test
  void optionalDetailsAppearWhenKnownAndUnsafeLinksDoNot() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      var paper =
          Fixtures.paper("2608.30001", "Detailed Paper", 1).toBuilder()
              .comments("12 pages, 3 figures")
              .journalRef("J. Testing 7 (2026) 1-12")
              .doi("10.1000/xyz123")
              .withdrawn(true)
              .githubRepo("javascript:alert(1)")
              .projectPage("ftp://example.org/p")
              .versions(
                  List.of(
                      new PaperVersion(1, Instant.parse("2026-08-01T00:00:00Z")),
                      new PaperVersion(2, Instant.parse("2026-08-10T00:00:00Z"))))
              .build();
      quire
          .paperStore()
          .writeBatch(
              List.of(),
              List.of(paper),
              List.of(
                  new DailyEntry(paper.id(), SiteFixture.WED, null, "alice", null, null),
                  new DailyEntry(paper.id(), SiteFixture.FRI, null, null, null, null)));
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            String html = client.get("/papers/2608.30001").body().string();
            assertThat(html)
                .contains("12 pages, 3 figures")
                .contains("J. Testing 7 (2026) 1-12")
                .contains("href=\"https://doi.org/10.1000/xyz123\"")
                .contains("Withdrawn")
                .containsSubsequence(
                    "href=\"https://arxiv.org/abs/2608.30001v2\"",
                    "Aug 10, 2026",
                    "href=\"https://arxiv.org/abs/2608.30001v1\"",
                    "Aug 1, 2026")
                .containsSubsequence("Aug 19, 2026", "submitted by @alice", "Aug 21, 2026")
                .doesNotContain("javascript:")
                .doesNotContain("ftp://")
                .doesNotContain("Project page");
          });
    }
  }
}
