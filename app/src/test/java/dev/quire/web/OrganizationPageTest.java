package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationPageTest {
  @TempDir Path dir;

  @Test
  void anOrganisationPageListsItsPapersMostUpvotedFirst() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/organizations/google");
          String html = res.body().string();
          assertThat(res.code()).isEqualTo(200);
          assertThat(html)
              .contains("<h1>Google Research</h1>")
              .doesNotContain("https://example.org/google.png")
              .contains("avatar-badge")
              .contains("2 papers")
              .containsSubsequence("Older Wednesday Work", "Lanterns of Attention")
              .doesNotContain("Quiet Gradients")
              .contains("href=\"/papers?date=2026-08-19\"")
              .doesNotContain("class=\"org\"");
        });
  }

  @Test
  void anUnknownOrganisationIsA404PageNamingIt() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/organizations/nobody-at-all");
          assertThat(res.code()).isEqualTo(404);
          assertThat(res.body().string()).contains("no organization named 'nobody-at-all'");
        });
  }

  @Test
  void aBadPageNumberIsA400() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/organizations/google?p=abc");
          assertThat(res.code()).isEqualTo(400);
          assertThat(res.body().string()).contains("p must be an integer");
        });
  }
}
