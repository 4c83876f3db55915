package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.app.Quire;
import dev.quire.paper.PaperBuilder;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaperApiTest {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

  @TempDir Path dir;

  private void withApi(TestDb db, Consumer<ApiClient> test) {
    try (Quire q = db.open(dir, DailyPapersApiTest.CLOCK)) {
      DailyPapersApiTest.seed(q.paperStore());
      q.paperStore()
          .writeBatch(
              List.of(),
              List.of(
                  Fixtures.paper("hep-th/9901001", "Old style", 4),
                  PaperBuilder.paper("math/0211159")
                      .title("Never featured")
                      .authorNames("G. Perelman")
                      .build()),
              List.of());
      JavalinTest.test(q.web(), (server, client) -> test.accept(new ApiClient(client)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aPaperIsServedAsHuggingFacesFlatPaperObject(TestDb db) {
    withApi(
        db,
        api -> {
          JsonNode beta = api.ok("/api/papers/" + DailyPapersApiTest.BETA);
          JsonNode daily = api.ok("/api/daily_papers?date=2026-08-21").get(0).get("paper");
          assertThat(beta).isEqualTo(daily);
          assertThat(beta.get("submittedOnDailyAt").asText()).isEqualTo("2026-08-21T00:00:00.000Z");
          assertThat(beta.at("/organization/fullname").asText()).isEqualTo("Google");
        });
  }

  @Test
  void aVersionedIdServesTheSamePaper() {
    withApi(
        TestDb.SQLITE,
        api -> {
          assertThat(api.ok("/api/papers/2608.10002v2").get("id").asText()).isEqualTo("2608.10002");
          assertThat(api.ok("/api/papers/2608.10002v2"))
              .isEqualTo(api.ok("/api/papers/2608.10002"));
        });
  }

  @Test
  void anOldStyleIdWithASlashIsServed() {
    withApi(
        TestDb.SQLITE,
        api -> {
          JsonNode old = api.ok("/api/papers/hep-th/9901001");
          assertThat(old.get("id").asText()).isEqualTo("hep-th/9901001");
          assertThat(old.get("title").asText()).isEqualTo("Old style");
          assertThat(old.has("submittedOnDailyAt")).as("never featured").isFalse();
          assertThat(api.ok("/api/papers/hep-th/9901001v1").get("id").asText())
              .isEqualTo("hep-th/9901001");
        });
  }

  @Test
  void anUnknownPaperIsA404JsonErrorNamingIt() {
    withApi(
        TestDb.SQLITE,
        api -> {
          assertThat(api.error("/api/papers/9999.99999", 404))
              .isEqualTo("paper 9999.99999 not found");
          assertThat(api.error("/api/papers/9999.99999v3", 404))
              .isEqualTo("paper 9999.99999 not found");
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theCursorWalksEveryPaperExactlyOnceInIdOrder(TestDb db) {
    withApi(
        db,
        api -> {
          List<String> seen = new ArrayList<>();
          String path = "/api/papers?limit=3";
          int pages = 0;
          while (path != null) {
            Response r = api.get(path);
            assertThat(r.code()).as("GET %s: %s", path, r.body().string()).isEqualTo(200);
            JsonNode page = ApiClient.parse(r.body().string());
            assertThat(page.size()).isBetween(1, 3);
            seen.addAll(ApiClient.ids(page));
            path = next(api, r);
            pages++;
          }
          assertThat(pages).isEqualTo(3);
          assertThat(seen)
              .doesNotHaveDuplicates()
              .hasSize(7)
              .containsExactlyInAnyOrder(
                  DailyPapersApiTest.ALPHA,
                  DailyPapersApiTest.BETA,
                  DailyPapersApiTest.GAMMA,
                  DailyPapersApiTest.DELTA,
                  DailyPapersApiTest.EPSILON,
                  "hep-th/9901001",
                  "math/0211159");
          assertThat(seen).isSortedAccordingTo(String::compareTo);
        });
  }

  @Test
  void thePaperListCarriesFeaturedDayAndOrganizationLikeTheSinglePaper() {
    withApi(
        TestDb.SQLITE,
        api -> {
          JsonNode all = api.ok("/api/papers?limit=100");
          assertThat(all).hasSize(7);
          assertThat(ApiClient.header(api.get("/api/papers?limit=100"), "Link"))
              .as("no next page")
              .isEmpty();
          for (JsonNode p : all) {
            assertThat(p).isEqualTo(api.ok("/api/papers/" + p.get("id").asText()));
          }
        });
  }

  /**
   * The path of the Link rel="next" URL, which must be absolute on this server; null when there is
   * none.
   */
  private static String next(ApiClient api, Response r) {
    List<String> links = ApiClient.header(r, "Link");
    if (links.isEmpty()) {
      return null;
    }
    Matcher m = NEXT.matcher(links.get(0));
    assertThat(m.find()).as("Link header %s", links).isTrue();
    assertThat(m.group(1)).startsWith(api.origin() + "/api/papers?cursor=").endsWith("&limit=3");
    return m.group(1).substring(api.origin().length());
  }
}
