package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract of the JSON that {@code huggingface_hub} parses, line by line. Debian 12 has no {@code
 * python3-huggingface-hub} package and PyPI is out of reach, so the library cannot run here; each
 * check cites the client line it mirrors in {@code src/huggingface_hub/hf_api.py} at commit
 * ee0a4510f4bc15e26cb722be2efc2bdb01383ca0 (2026-08-20).
 */
class HfHubClientContractTest {
  /** The keys PaperInfo.__init__ pops only from the top level (kwargs), never from "paper". */
  static final List<String> TOP_LEVEL_ONLY =
      List.of(
          "title", // l. 1973 self.title = kwargs.pop("title", None)
          "ai_summary", // l. 1983 self.ai_summary = kwargs.pop("ai_summary", None)
          "ai_keywords", // l. 1984 self.ai_keywords = kwargs.pop("ai_keywords", None)
          "organization", // l. 1985 organization = kwargs.pop("organization", None)
          "projectPage", // l. 1987 self.project_page = kwargs.pop("projectPage", None)
          "githubRepo", // l. 1988 self.github_repo = kwargs.pop("githubRepo", None)
          "githubStars"); // l. 1989 self.github_stars = kwargs.pop("githubStars", None)

  @TempDir Path dir;

  @Test
  void everyDailyAndSearchElementCarriesTheFieldsPaperInfoReadsOnlyAtTheTopLevel() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      site.quire.search().syncNow(line -> {});
      Visitor client = site.visitor();
      // list_daily_papers: for paper in r.json(): yield PaperInfo(**paper)
      JsonNode daily = json(client.get("/api/daily_papers?date=2026-08-21"));
      // list_papers: GET /api/papers/search, for paper in r.json(): yield PaperInfo(**paper)
      JsonNode search = json(client.get("/api/papers/search?q=Lanterns"));
      assertThat(daily.size()).isEqualTo(3);
      assertThat(search.size()).isPositive();
      for (JsonNode element : List.of(daily, search)) {
        for (JsonNode e : element) {
          assertThat(e.get("title")).isEqualTo(e.path("paper").get("title"));
          for (String key : TOP_LEVEL_ONLY) {
            // a value the paper lacks is left out in both places (PaperInfo defaults it to None)
            assertThat(e.get(key))
                .as("top-level %s of %s", key, e.path("title"))
                .isEqualTo(e.path("paper").get(key));
          }
        }
      }
      JsonNode lanterns = daily.get(0);
      for (String key : TOP_LEVEL_ONLY) {
        assertThat(lanterns.has(key)).as("top-level %s of a paper that has it", key).isTrue();
      }
      assertThat(lanterns.get("ai_summary").asText())
          .isEqualTo("A one-line summary of Lanterns of Attention.");
      assertThat(lanterns.get("githubStars").asInt()).isEqualTo(42);
      assertThat(lanterns.get("organization").get("name").asText()).isEqualTo("google");

      // paper_info: PaperInfo(**r.json()) of the flat paper: the same keys at its top level
      JsonNode flat = json(client.get("/api/papers/2608.10001"));
      for (String key : TOP_LEVEL_ONLY) {
        assertThat(flat.has(key)).as("flat paper %s", key).isTrue();
      }
    }
  }

  @Test
  void theMarkdownOfAPaperComesByItsMdUrlAndByAcceptTextMarkdown() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor client = site.visitor();
      // read_paper, l. 11953: path = f"{self.endpoint}/papers/{id}.md"; return r.text
      Visitor.Page md = client.get("/papers/2608.10001.md");
      Visitor.Page accepted = client.get("/papers/2608.10001", "Accept", "text/markdown");
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(accepted.header("Content-Type")).startsWith("text/markdown");
      assertThat(accepted.header("Vary")).contains("Accept");
      assertThat(accepted.body()).isEqualTo(md.body()).startsWith("# Lanterns of Attention");
      assertThat(client.get("/papers/2608.10001", "Accept", "text/html").body())
          .contains("<!DOCTYPE html>");
    }
  }

  @Test
  void anOrganizationOverviewCountsItsPapers() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor client = site.visitor();
      // get_organization_overview: Organization(**r.json()); l. 1843 kwargs.pop("numPapers")
      JsonNode org = json(client.get("/api/organizations/google/overview"));
      assertThat(org.get("name").asText()).isEqualTo("google");
      assertThat(org.get("fullname").asText()).isEqualTo("Google Research");
      assertThat(org.get("avatarUrl").asText()).isEqualTo("https://example.org/google.png");
      assertThat(org.get("numPapers").asInt()).isEqualTo(2);
      Visitor.Page missing = client.get("/api/organizations/nobody/overview");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.body()).contains("organization nobody not found");
    }
  }

  @Test
  void collectionsHoldingAPaperAreListedInTheShapeOfListCollections() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor ada = site.member("ada");
      String shown = Members.collection(ada, "Attention reading", "public");
      String hidden = Members.collection(ada, "Secret list", "private");
      String other = Members.collection(ada, "Other topic", "public");
      for (String c : List.of(shown, hidden)) {
        ada.get("/collections/" + c);
        ada.submit("/collections/" + c + "/papers", "paper", "2608.10001");
      }
      ada.get("/collections/" + other);
      ada.submit("/collections/" + other + "/papers", "paper", "2608.10002");

      // list_collections, l. 10182: params.update({"item": item}), e.g. "papers/2311.12983"
      JsonNode list = json(site.visitor().get("/api/collections?item=papers/2608.10001"));
      assertThat(list.size()).isEqualTo(1);
      JsonNode c = list.get(0);
      // l. 10195: Collection(position=position, **collection_data): no "position" of its own
      assertThat(c.has("position")).isFalse();
      // Collection.__init__, l. 1539 on: slug, title, owner, items, lastUpdated, private,
      // theme, upvotes are popped without defaults
      for (String key :
          List.of(
              "slug", "title", "owner", "items", "lastUpdated", "private", "theme", "upvotes")) {
        assertThat(c.has(key)).as(key).isTrue();
      }
      assertThat(c.get("slug").asText()).isEqualTo(shown);
      assertThat(c.get("title").asText()).isEqualTo("Attention reading");
      // CollectionItem(_id, id, type, position, note=None)
      JsonNode item = c.get("items").get(0);
      assertThat(item.get("_id").isTextual()).isTrue();
      assertThat(item.get("id").asText()).isEqualTo("2608.10001");
      assertThat(item.get("type").asText()).isEqualTo("paper");
      assertThat(item.get("position").asInt()).isZero();

      Visitor.Page bad = site.visitor().get("/api/collections?item=models/gpt2");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body()).contains("item must name a paper");
    }
  }

  @Test
  void submitterFiltersByTheQuireUserNameOfWhoeverSubmittedThePaper() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Paper fresh = Fixtures.paper("2608.10009", "Freshly Submitted", 0);
      site.quire.paperStore().writeBatch(List.of(), List.of(fresh), List.of());
      Visitor ada = site.member("ada");
      String token = Members.apiToken(ada);
      Visitor.Page submitted =
          site.visitor()
              .send(
                  HttpRequest.newBuilder(URI.create(site.base + "/api/papers/index"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"arxivId\":\"2608.10009\"}")));
      assertThat(submitted.status()).as(submitted.body()).isBetween(200, 201);

      // list_daily_papers(submitter=...): "Username of the submitter to filter daily papers"
      JsonNode mine = json(site.visitor().get("/api/daily_papers?submitter=ada"));
      assertThat(mine.size()).isEqualTo(1);
      assertThat(mine.get(0).get("paper").get("id").asText()).isEqualTo("2608.10009");
      assertThat(mine.get(0).get("submittedBy").get("name").asText()).isEqualTo("ada");
      assertThat(json(site.visitor().get("/api/daily_papers?submitter=bob")).size()).isZero();
    }
  }

  private static JsonNode json(Visitor.Page page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    try {
      return ApiClient.JSON.readTree(page.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + page.body(), e);
    }
  }
}
