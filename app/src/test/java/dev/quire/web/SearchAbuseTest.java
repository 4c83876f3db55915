package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.web.view.Urls;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expensive searches (security review, item 12). */
class SearchAbuseTest {
  @TempDir Path dir;

  @Test
  void aQueryOfHundredsOfPhrasesIsA400NamingTheLimitNotA500() {
    String q = "\"la of\" ".repeat(330); // 2,640 characters, under the 4,000 limit
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      for (String path : new String[] {"/search?q=", "/feed/search.atom?q="}) {
        Visitor.Page page = v.get(path + Urls.encode(q));
        assertThat(page.status()).as(path).isEqualTo(400);
        assertThat(page.body()).contains("at most 24 quoted phrases");
      }
    }
  }

  @Test
  void theSearchPageAnswers429PastSixtySearchesAMinuteFromOneAddress() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      for (int i = 0; i < SearchRateLimit.PER_MINUTE; i++) {
        assertThat(v.get("/search?q=lanterns+" + i).status()).isEqualTo(200);
      }
      Visitor.Page limited = v.get("/search?q=lanterns");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotNull();
      assertThat(v.get("/search").status()).as("the empty search page is free").isEqualTo(200);
      for (String path :
          List.of("/feed/search.json", "/feed/search.atom", "/search/map", "/search/months.svg")) {
        assertThat(v.get(path + "?q=lanterns").status()).as(path).isEqualTo(429);
      }
    }
  }
}
