package dev.quire.web;

import static dev.quire.web.ApiClient.dailyIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.app.Quire;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperStore;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DailyPapersApiTest {
  /** Three days after the newest featured day of the fixture, noon. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-24T12:00:00Z"), ZoneOffset.UTC);

  static final Organization GOOGLE =
      new Organization("google", "Google", "https://example.org/google.png", "5e6a");

  // Featured days: ALPHA and BETA on Fri 2026-08-21, GAMMA on Wed 2026-08-19 (ISO week 2026-W34),
  // DELTA on 2026-08-10 (W33), EPSILON on Mon 2026-08-24 (W35) although arXiv published it in W34.
  static final String ALPHA = "2608.10001";
  static final String BETA = "2608.10002";
  static final String GAMMA = "2608.10003";
  static final String DELTA = "2607.10004";
  static final String EPSILON = "2608.10005";

  @TempDir Path dir;

  static void feature(
      PaperStore repo, Paper paper, String day, String submitter, Organization org) {
    Fixtures.feature(
        repo,
        paper,
        LocalDate.parse(day),
        org,
        submitter,
        submitter.toUpperCase(),
        "https://example.org/" + submitter + ".png");
  }

  static void seed(PaperStore repo) {
    feature(repo, Fixtures.paper(ALPHA, "Alpha", 10), "2026-08-21", "alice", null);
    feature(repo, Fixtures.paper(BETA, "Beta", 50), "2026-08-21", "bob", GOOGLE);
    feature(repo, Fixtures.paper(GAMMA, "Gamma", 99), "2026-08-19", "alice", null);
    feature(
        repo,
        Fixtures.paper(DELTA, "Delta", 500).toBuilder()
            .publishedAt(Instant.parse("2026-07-30T17:00:00Z"))
            .build(),
        "2026-08-10",
        "bob",
        null);
    feature(
        repo,
        Fixtures.paper(EPSILON, "Epsilon", 7).toBuilder()
            .publishedAt(Instant.parse("2026-08-20T00:00:00Z"))
            .build(),
        "2026-08-24",
        "carol",
        null);
  }

  /** On a Hugging Face-style hub (featured papers only); DailyFeedTest covers arXiv-fed hubs. */
  private void withApi(TestDb db, Consumer<ApiClient> test) {
    try (Quire q =
        Quire.open(db.config(dir, java.util.Map.of("daily.featured.only", "true")), CLOCK)) {
      seed(q.paperStore());
      JavalinTest.test(q.web(), (server, client) -> test.accept(new ApiClient(client)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void withoutAPeriodTheNewestFeaturedDayIsListed(TestDb db) {
    withApi(db, api -> assertThat(dailyIds(api.ok("/api/daily_papers"))).containsExactly(EPSILON));
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aDateListsThePapersFeaturedThatDayMostUpvotedFirst(TestDb db) {
    withApi(
        db,
        api -> {
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21")))
              .containsExactly(BETA, ALPHA);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-20"))).isEmpty();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aWeekSelectsByTheDayPapersWereFeaturedNotByTheirArxivDate(TestDb db) {
    withApi(
        db,
        api -> {
          assertThat(dailyIds(api.ok("/api/daily_papers?week=2026-W34")))
              .containsExactly(BETA, ALPHA, GAMMA);
          assertThat(dailyIds(api.ok("/api/daily_papers?week=2026-W35"))).containsExactly(EPSILON);
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aMonthListsNewestFeaturedDayFirstAndSelectsByFeaturedDay(TestDb db) {
    withApi(
        db,
        api -> {
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-08")))
              .containsExactly(EPSILON, BETA, ALPHA, GAMMA, DELTA);
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-07"))).isEmpty();
        });
  }

  @Test
  void submitterKeepsOnlyThePapersThatUserSubmitted() {
    withApi(
        TestDb.SQLITE,
        api -> {
          assertThat(dailyIds(api.ok("/api/daily_papers?submitter=alice")))
              .containsExactly(ALPHA, GAMMA);
          assertThat(dailyIds(api.ok("/api/daily_papers?submitter=alice&date=2026-08-19")))
              .containsExactly(GAMMA);
          assertThat(dailyIds(api.ok("/api/daily_papers?submitter=bob&week=2026-W34")))
              .containsExactly(BETA);
          assertThat(dailyIds(api.ok("/api/daily_papers?submitter=nobody"))).isEmpty();
        });
  }

  @Test
  void trendingRanksAFreshPaperWithFewVotesAboveOlderOnesWithMany() {
    withApi(
        TestDb.SQLITE,
        api -> {
          // At the fixed clock (2026-08-24 noon) EPSILON was featured 12 hours ago with 7 upvotes,
          // DELTA two weeks
          // ago with 500.
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-08&sort=trending")))
              .containsExactly(EPSILON, DELTA, GAMMA, BETA, ALPHA);
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-08&sort=trending&p=1&limit=2")))
              .containsExactly(GAMMA, BETA);
        });
  }

  @Test
  void pAndLimitPageThroughTheListWithoutGapsOrRepeats() {
    withApi(
        TestDb.SQLITE,
        api -> {
          String month = "/api/daily_papers?month=2026-08&limit=2&p=";
          assertThat(dailyIds(api.ok(month + 0))).containsExactly(EPSILON, BETA);
          assertThat(dailyIds(api.ok(month + 1))).containsExactly(ALPHA, GAMMA);
          assertThat(dailyIds(api.ok(month + 2))).containsExactly(DELTA);
          assertThat(dailyIds(api.ok(month + 3))).isEmpty();
          assertThat(
                  dailyIds(api.ok("/api/daily_papers?month=2026-08&sort=trending&limit=100&p=5")))
              .isEmpty();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anEntryCarriesThePaperInHuggingFacesShape(TestDb db) {
    withApi(
        db,
        api -> {
          JsonNode beta = api.ok("/api/daily_papers?date=2026-08-21").get(0);
          JsonNode expected =
              ApiClient.parse(
                  """
          {
            "paper": {
              "id": "2608.10002",
              "authors": [
                {"name": "Ada Lovelace", "hidden": false},
                {"user": {"user": "aturing", "type": "user", "name": "aturing"},
                 "name": "Alan Turing", "hidden": false},
                {"name": "Grace Hopper", "hidden": false}
              ],
              "publishedAt": "2026-08-18T12:00:00.000Z",
              "submittedOnDailyAt": "2026-08-21T00:00:00.000Z",
              "title": "Beta",
              "submittedOnDailyBy": {"avatarUrl": "https://example.org/bob.png", "fullname": "BOB",
                  "user": "bob", "type": "user", "name": "bob"},
              "summary": "Abstract of Beta. We study things carefully.",
              "upvotes": 50,
              "projectPage": "https://example.org/2608.10002",
              "githubRepo": "https://github.com/example/2608.10002",
              "ai_summary": "A one-line summary of Beta.",
              "ai_keywords": ["testing", "fixtures"],
              "githubStars": 42,
              "organization": {"_id": "5e6a", "name": "google", "fullname": "Google",
                  "avatar": "https://example.org/google.png"}
            },
            "publishedAt": "2026-08-18T08:00:00.000Z",
            "title": "Beta",
            "summary": "Abstract of Beta. We study things carefully.",
            "numComments": 2,
            "submittedBy": {"avatarUrl": "https://example.org/bob.png", "fullname": "BOB", "name": "bob",
                "type": "user"},
            "organization": {"_id": "5e6a", "name": "google", "fullname": "Google",
                "avatar": "https://example.org/google.png"},
            "isAuthorParticipating": false,
            "ai_summary": "A one-line summary of Beta.",
            "ai_keywords": ["testing", "fixtures"],
            "projectPage": "https://example.org/2608.10002",
            "githubRepo": "https://github.com/example/2608.10002",
            "githubStars": 42
          }
          """);
          assertThat(beta).isEqualTo(expected);
          // and in HF's key order, which some clients print as is
          assertThat(beta.fieldNames())
              .toIterable()
              .containsExactly(
                  "paper",
                  "publishedAt",
                  "title",
                  "summary",
                  "numComments",
                  "submittedBy",
                  "organization",
                  "isAuthorParticipating",
                  // copies of paper fields that huggingface_hub's PaperInfo reads at the top level
                  "ai_summary",
                  "ai_keywords",
                  "projectPage",
                  "githubRepo",
                  "githubStars");
        });
  }

  @Test
  void aPaperWithoutOptionalFieldsLeavesThemOutInsteadOfSendingNulls() {
    try (Quire q = TestDb.SQLITE.open(dir, CLOCK)) {
      Paper bare = dev.quire.paper.PaperBuilder.paper("2608.20000").title("Bare").build();
      q.paperStore()
          .writeBatch(
              List.of(),
              List.of(bare),
              List.of(
                  new DailyEntry(
                      bare.id(), LocalDate.parse("2026-08-21"), null, null, null, null)));
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            JsonNode entry = new ApiClient(client).ok("/api/daily_papers").get(0);
            assertThat(entry.fieldNames())
                .toIterable()
                .containsExactly(
                    "paper", "title", "summary", "numComments", "isAuthorParticipating");
            assertThat(entry.get("paper").fieldNames())
                .toIterable()
                .containsExactly(
                    "id", "authors", "submittedOnDailyAt", "title", "summary", "upvotes");
            assertThat(entry.at("/paper/submittedOnDailyAt").asText())
                .isEqualTo("2026-08-21T00:00:00.000Z");
          });
    }
  }

  @Test
  void anEntrySubmittedByOneOfItsClaimedAuthorsHasTheAuthorParticipating() {
    try (Quire q = TestDb.SQLITE.open(dir, CLOCK)) {
      seed(q.paperStore());
      feature(
          q.paperStore(),
          Fixtures.paper("2608.10007", "By an author", 1),
          "2026-08-24",
          "aturing",
          null);
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            JsonNode day = new ApiClient(client).ok("/api/daily_papers?date=2026-08-24");
            assertThat(dailyIds(day)).containsExactly(EPSILON, "2608.10007");
            assertThat(day.get(0).get("isAuthorParticipating").asBoolean())
                .as("submitted by carol")
                .isFalse();
            assertThat(day.get(1).get("isAuthorParticipating").asBoolean())
                .as("submitted by its author")
                .isTrue();
          });
    }
  }

  @Test
  void aPaperFeaturedWhileTheServerRunsIsListedOnTheNextRequest() {
    try (Quire q = TestDb.SQLITE.open(dir, CLOCK)) {
      seed(q.paperStore());
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            ApiClient api = new ApiClient(client);
            assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21")))
                .containsExactly(BETA, ALPHA);
            feature(
                q.paperStore(),
                Fixtures.paper("2608.10008", "Late", 70),
                "2026-08-21",
                "erin",
                null);
            assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21")))
                .containsExactly("2608.10008", BETA, ALPHA);
          });
    }
  }

  @Test
  void anEmptySiteListsNothing() {
    try (Quire q = TestDb.SQLITE.open(dir, CLOCK)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            ApiClient api = new ApiClient(client);
            assertThat(api.ok("/api/daily_papers").isArray()).isTrue();
            assertThat(api.ok("/api/daily_papers")).isEmpty();
            assertThat(api.ok("/api/daily_papers?sort=trending")).isEmpty();
          });
    }
  }
}
