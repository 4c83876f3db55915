package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyPagesTest {
  @TempDir Path dir;

  @Test
  void homeShowsTheNewestDayWithPapersMostUpvotedFirst() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/");
          String html = res.body().string();
          assertThat(res.code()).isEqualTo(200);
          assertThat(res.headers().get("Content-Type")).anyMatch(t -> t.startsWith("text/html"));
          assertThat(html)
              .contains("Friday, August 21, 2026")
              .containsSubsequence(
                  "Lanterns of Attention", "Middle Path Decoding", "Quiet Gradients")
              .doesNotContain("Older Wednesday Work")
              .contains("3 papers");
        });
  }

  @Test
  void aPaperImportedWhileTheServerRunsAppearsOnTheNextPageView() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      SiteFixture.seed(quire.paperStore());
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            assertThat(client.get("/").body().string()).doesNotContain("Freshly Imported");
            Fixtures.feature(
                quire.paperStore(),
                Fixtures.paper("2608.10009", "Freshly Imported", 1),
                LocalDate.parse("2026-08-21"),
                null);
            assertThat(client.get("/").body().string()).contains("Freshly Imported");
          });
    }
  }

  @Test
  void everyPageLinksTheAtomFeedAndTheStylesheet() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/").body().string();
          assertThat(html)
              .contains("<html lang=\"en\">")
              .contains(
                  "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Daily papers\" href=\"/feed/daily.atom\">")
              .contains("href=\"/static/quire.css\"");
          assertThat(client.get("/static/quire.css").code()).isEqualTo(200);
        });
  }

  @Test
  void cardsShowAuthorsOrganisationVotesCommentsAndLinkToThePaper() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers?date=2026-08-19").body().string();
          assertThat(html)
              .contains("href=\"/papers/2608.10004\"")
              .contains(
                  ">Ada Lovelace</a>, <a class=\"author-link\" href=\"/authors/Alan%20Turing\">")
              .contains(">Grace Hopper</a>")
              .contains("+14 authors")
              .contains("href=\"/organizations/google\"")
              .contains("Google Research")
              .contains("99")
              .contains("0 comments")
              .contains("· 2 on Hugging Face")
              .contains("<time datetime=\"2026-08-19\">Aug 19, 2026</time>")
              .contains("Abstract of Older Wednesday Work")
              .contains("href=\"https://github.com/example/2608.10004\" rel=\"noopener\"");
        });
  }

  @Test
  void aDateParameterShowsThatDay() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers?date=2026-08-20").body().string();
          assertThat(html)
              .contains("Thursday, August 20, 2026")
              .contains("Strings of Old")
              .doesNotContain("Lanterns of Attention");
        });
  }

  @Test
  void aWeekIncludesThePapersOfAllItsDays() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers?week=2026-W34").body().string();
          assertThat(html)
              .contains("Week 34, 2026")
              .contains("Aug 17 – Aug 23, 2026")
              .containsSubsequence(
                  "Older Wednesday Work",
                  "Lanterns of Attention",
                  "Middle Path Decoding",
                  "Strings of Old",
                  "Quiet Gradients")
              .doesNotContain("July Retrospective");
        });
  }

  @Test
  void aMonthIncludesThePapersOfAllItsDays() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String august = client.get("/papers?month=2026-08").body().string();
          assertThat(august)
              .contains("August 2026")
              .contains("Older Wednesday Work")
              .contains("Strings of Old")
              .contains("Lanterns of Attention")
              .doesNotContain("July Retrospective");
          String july = client.get("/papers?month=2026-07").body().string();
          assertThat(july).contains("July Retrospective").doesNotContain("Lanterns of Attention");
        });
  }

  @Test
  void sortByDateListsTheNewestFeaturedFirst() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers?week=2026-W34&sort=date").body().string();
          assertThat(html)
              .containsSubsequence("Quiet Gradients", "Strings of Old", "Older Wednesday Work");
          assertThat(html).contains("aria-current=\"page\">Newest");
        });
  }

  @Test
  void dayNavigationLinksTheClosestDaysThatHavePapers() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String thursday = client.get("/papers?date=2026-08-20").body().string();
          assertThat(thursday)
              .contains("href=\"/papers?date=2026-08-19\" rel=\"prev\"")
              .contains("href=\"/papers?date=2026-08-21\" rel=\"next\"");
          String wednesday = client.get("/papers?date=2026-08-19").body().string();
          // Tuesday has no featured paper but the August papers were announced on arXiv then
          assertThat(wednesday).contains("href=\"/papers?date=2026-08-18\" rel=\"prev\"");
          assertThat(client.get("/papers?date=2026-08-18").body().string())
              .contains("href=\"/papers?date=2026-07-30\" rel=\"prev\"")
              .contains("5 papers");
          String newest = client.get("/").body().string();
          assertThat(newest)
              .contains("href=\"/papers?date=2026-08-20\" rel=\"prev\"")
              .doesNotContain("rel=\"next\"");
        });
  }

  @Test
  void weekAndMonthNavigationStepsOnePeriodAndKeepsTheOrder() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String week = client.get("/papers?week=2026-W34&sort=date").body().string();
          assertThat(week)
              .contains("href=\"/papers?week=2026-W33&amp;sort=date\" rel=\"prev\"")
              .doesNotContain("rel=\"next\"");
          String month = client.get("/papers?month=2026-07").body().string();
          assertThat(month)
              .contains("href=\"/papers?month=2026-08\" rel=\"next\"")
              .doesNotContain("rel=\"prev\"");
        });
  }

  @Test
  void tabsOpenTheWeekAndMonthOfTheDayShown() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String html = client.get("/papers?date=2026-08-19").body().string();
          assertThat(html)
              .contains(
                  "href=\"/papers?date=2026-08-19\" class=\"tab\" aria-current=\"page\">Daily")
              .contains("href=\"/papers?week=2026-W34\" class=\"tab\">Weekly")
              .contains("href=\"/papers?month=2026-08\" class=\"tab\">Monthly");
          String month = client.get("/papers?month=2026-08").body().string();
          assertThat(month).contains("href=\"/papers?date=2026-08-21\" class=\"tab\">Daily");
        });
  }

  @Test
  void aDayWithoutPapersShowsAFriendlyEmptyState() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response res = client.get("/papers?date=2026-08-22");
          String html = res.body().string();
          assertThat(res.code()).isEqualTo(200);
          assertThat(html)
              .contains("No papers on Aug 22, 2026")
              .contains("Nothing was announced or featured then")
              .contains(
                  "The nearest days with papers: <a href=\"/papers?date=2026-08-21\">Aug 21</a>.")
              .doesNotContain("No papers have been imported yet");
        });
  }

  @Test
  void anEmptySiteShowsHowToImportPapers() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            Response res = client.get("/");
            assertThat(res.code()).isEqualTo(200);
            assertThat(res.body().string()).contains("No papers have been imported yet");
          });
    }
  }

  @Test
  void badPeriodParametersGiveA400PageNamingTheValue() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          Response date = client.get("/papers?date=2026-13-45");
          assertThat(date.code()).isEqualTo(400);
          assertThat(date.body().string())
              .contains("date must be YYYY-MM-DD")
              .contains("2026-13-45")
              .contains("Bad request");
          Response week = client.get("/papers?week=bad");
          assertThat(week.code()).isEqualTo(400);
          assertThat(week.body().string()).contains("week must be YYYY-Www").contains("'bad'");
          Response sort = client.get("/papers?date=2026-08-21&sort=random");
          assertThat(sort.code()).isEqualTo(400);
          assertThat(sort.body().string()).contains("sort must be one of date, upvotes");
          assertThat(client.get("/papers?month=2026-08&p=0").code()).isEqualTo(400);
          Response huge = client.get("/papers?date=%2B999999999-12-31");
          assertThat(huge.code()).isEqualTo(400);
          assertThat(huge.body().string()).contains("date must lie in the years 1000 to 9999");
          assertThat(client.get("/papers?month=0999-12").code()).isEqualTo(400);
        });
  }

  @Test
  void weeksAndMonthsArePaginated() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      for (int i = 0; i < DailyPageController.PAGE_SIZE + 5; i++) {
        String id = String.format("2608.%05d", 20000 + i);
        dev.quire.testing.Fixtures.feature(
            quire.paperStore(),
            dev.quire.testing.Fixtures.paper(id, "Paper number " + i, 1000 - i),
            SiteFixture.FRI,
            null);
      }
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            String first = client.get("/papers?month=2026-08").body().string();
            assertThat(first)
                .contains("Paper number 0<")
                .contains("Paper number 49<")
                .doesNotContain("Paper number 50<")
                .contains("href=\"/papers?month=2026-08&amp;p=2\" rel=\"next\"");
            String second = client.get("/papers?month=2026-08&p=2").body().string();
            assertThat(second)
                .contains("Paper number 50<")
                .contains("Paper number 54<")
                .doesNotContain("Paper number 49<")
                .contains("rel=\"prev\">← Previous page")
                .contains("Papers 51–55");
            String day = client.get("/papers?date=2026-08-21").body().string();
            assertThat(day).contains("Paper number 54<").contains("55 papers");
          });
    }
  }
}
