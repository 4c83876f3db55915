package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.search.SearchSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPagesTest {
  @TempDir Path dir;

  @Test
  void theSearchPageListsMatchesWithHighlightsFacetsAndAFeedLink() {
    SearchSite.run(
        dir,
        (server, client) -> {
          var r = client.get("/search?q=diffusion");
          assertThat(r.code()).isEqualTo(200);
          String html = r.body().string();
          assertThat(html)
              .contains("Image Editing with <mark>Diffusion</mark> Models")
              .contains("&lt;b&gt;bold&lt;/b&gt; &amp; safe")
              .doesNotContain("<b>bold</b>")
              .contains("cs.CV")
              .contains("/feed/search.atom?q=diffusion")
              .contains("value=\"diffusion\"");
        });
  }

  @Test
  void theCountSaysHowManyPapersHaveTheWordsOrThatNoneHasThem() {
    SearchSite.run(
        dir,
        (server, client) -> {
          assertThat(client.get("/search?q=diffusion").body().string())
              .contains("<span class=\"result-count\">2 papers have all the words</span>")
              .contains("ranked by keywords and meaning");
          assertThat(client.get("/search?q=%22image+editing%22").body().string())
              .contains("<span class=\"result-count\">1 paper has all the words</span>");
          String none = client.get("/search?q=zebra+giraffe").body().string();
          assertThat(none)
              .contains("No paper has all the words; these are the closest by keywords and meaning")
              .doesNotContain("ranked by keywords and meaning")
              .contains("result-title");
        });
  }

  @Test
  void everyPageHasASearchBoxInTheHeader() {
    SearchSite.run(
        dir,
        (server, client) ->
            assertThat(client.get("/papers/2501.00001").body().string())
                .contains("<form class=\"site-search\" role=\"search\" action=\"/search\""));
  }

  @Test
  void anArxivIdInTheSearchBoxOpensThePaper() {
    SearchSite.run(
        dir,
        (server, client) -> {
          var r = client.get("/search?q=arXiv:2601.00004v2");
          assertThat(r.code()).isEqualTo(302);
          assertThat(r.headers().get("Location")).containsExactly("/papers/2601.00004");
        });
  }

  @Test
  void oddQuerySyntaxIsA400NamingTheQueryNeverA500() {
    SearchSite.run(
        dir,
        (server, client) -> {
          var r = client.get("/search?q=after:someday");
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.body().string())
              .contains("The query has a filter that cannot be read: after:")
              .contains("someday")
              .contains("value=\"after:someday\"");
          assertThat(client.get("/search?q=%22%22%22%20author:%20cat:").code()).isEqualTo(200);
          assertThat(client.get("/search?q=x&page=0").code()).isEqualTo(400);
          assertThat(client.get("/search?q=x&sort=best").code()).isEqualTo(400);
        });
  }

  @Test
  void thePaperPageShowsRelatedPapersButNotItself() {
    SearchSite.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers/2602.00005").body().string();
          assertThat(html).contains("Related papers");
          String related = html.substring(html.indexOf("Related papers"));
          assertThat(related).contains("/papers/2501.00001").doesNotContain("/papers/2602.00005\"");
        });
  }

  @Test
  void theSearchApiAnswersInHuggingFacesShape() {
    SearchSite.run(
        dir,
        (server, client) -> {
          ApiClient api = new ApiClient(client);
          JsonNode results = api.ok("/api/papers/search?q=%22image%20editing%22&limit=5");
          assertThat(results.isArray()).isTrue();
          JsonNode first = results.get(0);
          assertThat(first.at("/paper/id").asText()).isEqualTo("2502.00002");
          assertThat(first.get("title").asText()).isEqualTo("Image Editing with Diffusion Models");
          assertThat(first.get("summary").asText()).startsWith("Diffusion models edit images");
          assertThat(first.has("publishedAt")).isTrue();
          assertThat(first.has("numComments")).isTrue();
          assertThat(first.at("/paper/authors/0/name").asText()).isEqualTo("Grace Hopper");
          assertThat(api.ok("/api/papers/search?q=attention&limit=1")).hasSize(1);
        });
  }

  @Test
  void theSearchApiValidatesQueryAndLimit() {
    SearchSite.run(
        dir,
        (server, client) -> {
          ApiClient api = new ApiClient(client);
          assertThat(api.error("/api/papers/search", 400)).contains("q");
          assertThat(api.error("/api/papers/search?q=" + "a".repeat(251), 400))
              .contains("q must be at most 250");
          assertThat(api.error("/api/papers/search?q=x&limit=121", 400)).contains("limit");
          assertThat(api.error("/api/papers/search?q=x&limit=0", 400)).contains("limit");
        });
  }

  @Test
  void theSimilarApiListsNeighboursWithoutThePaper() {
    SearchSite.run(
        dir,
        (server, client) -> {
          ApiClient api = new ApiClient(client);
          JsonNode similar = api.ok("/api/papers/2602.00005/similar?limit=2");
          assertThat(similar).hasSize(2);
          assertThat(ApiClient.ids(similar)).doesNotContain("2602.00005");
          assertThat(api.error("/api/papers/2999.99999/similar", 404)).contains("2999.99999");
          assertThat(api.error("/api/papers/2602.00005/similar?limit=51", 400)).contains("limit");
        });
  }

  @Test
  void aSavedSearchIsAnAtomFeedNewestFirst() {
    SearchSite.run(
        dir,
        (server, client) -> {
          var r = client.get("/feed/search.atom?q=attention");
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/atom+xml");
          String xml = r.body().string();
          assertThat(xml.indexOf("2602.00005")).isLessThan(xml.indexOf("2501.00001"));
          assertThat(xml).doesNotContain("2601.00004");
        });
  }

  @Test
  void theStatusPageShowsIndexAndEmbeddingProgress() {
    SearchSite.run(
        dir,
        (server, client) ->
            assertThat(client.get("/search/status").body().string())
                .contains("5 of 5 papers indexed")
                .contains("test-hashing"));
  }

  @Test
  void searchResultsAreCardsWithVoteButtonAuthorsDateOrganisationAndComments() {
    SearchSite.run(
        dir,
        (server, client) -> {
          String html = client.get("/search?q=%22image+editing%22").body().string();
          assertThat(html)
              .contains("<li class=\"card result\"")
              .contains("action=\"/papers/2502.00002/vote\"")
              .contains("<span class=\"votes-count\">50</span>")
              .contains("Upvote (50 upvotes)")
              .contains("Grace Hopper")
              .contains("<time datetime=\"2025-02-10\">")
              .contains("href=\"/organizations/google\"")
              .contains("0 comments")
              .doesNotContain("50 upvotes</p>");
        });
  }

  @Test
  void theSearchPageHasOneSearchBox() {
    SearchSite.run(
        dir,
        (server, client) -> {
          String html = client.get("/search?q=diffusion").body().string();
          assertThat(html.split("role=\"search\"", -1)).hasSize(2);
        });
  }

  @Test
  void aBadDateFilterGivesTheSearchPageWithAMessageNamingTheFilter() {
    SearchSite.run(
        dir,
        (server, client) -> {
          var r = client.get("/search?q=diffusion+after:2026-13");
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.body().string())
              .contains("class=\"search-error\"")
              .contains("after: needs a date as YYYY, YYYY-MM or YYYY-MM-DD; got '2026-13'")
              .contains("value=\"diffusion after:2026-13\"");
        });
  }

  @Test
  void aMisspeltWordOffersTheCorrectedSearch() {
    SearchSite.run(
        dir,
        (server, client) ->
            assertThat(client.get("/search?q=difusion+cat:cs.CV").body().string())
                .contains(
                    "Did you mean <a href=\"/search?q=diffusion%20cat%3Acs.CV\">diffusion</a>?"));
  }

  @Test
  void anArxivIdThisHubDoesNotHaveIsLinkedOnArxivWithAnOfferToAddIt() {
    SearchSite.run(
        dir,
        (server, client) -> {
          String html = client.get("/search?q=2504.08385").body().string();
          assertThat(html)
              .contains("arXiv:2504.08385 is not on this hub")
              .contains("href=\"https://arxiv.org/abs/2504.08385\"")
              .contains("Sign in to add it to this hub")
              .contains("/signin?next=%2Fsubmit%3FarxivId%3D2504.08385")
              .doesNotContain("result-title");
          var missing = client.get("/papers/2504.08385");
          assertThat(missing.code()).isEqualTo(404);
          assertThat(missing.body().string())
              .contains("arXiv:2504.08385 is not on this hub")
              .contains("href=\"https://arxiv.org/abs/2504.08385\"");
        });
  }

  @Test
  void aSignedInReaderIsOfferedToAddAnUnknownArxivIdThroughTheSubmitForm() {
    try (Site site = Site.start(dir, java.util.Map.of("search.semantic", "false"))) {
      site.quire.search().syncNow(line -> {});
      Visitor ada = site.member("ada");
      for (String path : java.util.List.of("/search?q=2504.08385", "/papers/2504.08385")) {
        String html = ada.get(path).body();
        assertThat(html)
            .as(path)
            .contains("<form class=\"missing-paper-add\" method=\"post\" action=\"/submit\">")
            .contains("name=\"arxivId\" value=\"2504.08385\"")
            .contains("Add arXiv:2504.08385 to this hub")
            .doesNotContain("Sign in to add it");
      }
      assertThat(ada.get("/submit?arxivId=2504.08385").body()).contains("value=\"2504.08385\"");
    }
  }
}
