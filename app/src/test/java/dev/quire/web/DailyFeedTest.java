package dev.quire.web;

import static dev.quire.web.ApiClient.dailyIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperStore;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily, weekly and monthly lists of a hub fed by arXiv listings, with and without HF files.
 */
class DailyFeedTest {
  // Announced Friday 2026-08-21: STR_EL (cond-mat.str-el), CROSS (quant-ph, cross-listed to
  // cond-mat.str-el), QUANT (quant-ph); Monday 2026-08-24: HEP (hep-th); nothing on the weekend.
  // OLD's listing date lies a year after its id's month: only April 2024 is known.
  static final String STR_EL = "2608.30001";
  static final String CROSS = "2608.30002";
  static final String QUANT = "2608.30003";
  static final String HEP = "2608.30004";
  static final String OLD = "2404.17633";
  static final LocalDate FRIDAY = LocalDate.parse("2026-08-21");

  @TempDir Path dir;

  private static String record(String id, String title, String categories, String day) {
    return "{\"id\": \""
        + id
        + "\", \"authors\": \"Ada Lovelace and Alan Turing\", \"title\": \""
        + title
        + "\", \"categories\": \""
        + categories
        + "\", \"abstract\": \"We study "
        + title
        + ".\", \"versions\": [], \"update_date\": \""
        + day
        + "\", \"authors_parsed\": null}";
  }

  private Path listing() throws IOException {
    Path file = dir.resolve("listing.jsonl");
    Files.write(
        file,
        List.of(
            record(STR_EL, "Kondo lattices in Ce3Bi4Pd3", "cond-mat.str-el", "2026-08-21"),
            record(CROSS, "Qubits in a Hubbard chain", "quant-ph cond-mat.str-el", "2026-08-21"),
            record(QUANT, "Error correction with cat qubits", "quant-ph", "2026-08-21"),
            record(HEP, "Strings on a Monday", "hep-th", "2026-08-24"),
            record(OLD, "A paper listed late", "cond-mat.mtrl-sci", "2025-07-15")));
    return file;
  }

  private void withHub(TestDb db, Map<String, String> settings, boolean hf, TestCase test)
      throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    try (Quire q = Quire.open(db.config(data, settings))) {
      ImportSummary s = q.importer(ProgressListener.NONE).importPaths(List.of(listing()), null);
      assertThat(s.imported()).isEqualTo(5);
      if (hf) {
        feature(q.paperStore());
      }
      JavalinTest.test(q.web(), test);
    }
  }

  /** A Hugging Face paper featured on Friday with one upvote, and an announced one with 50. */
  private static void feature(PaperStore repo) {
    Paper featured =
        Fixtures.paper("2608.10001", "Featured Transformers", 1).toBuilder()
            .publishedAt(Instant.parse("2026-08-19T10:00:00Z"))
            .build();
    Fixtures.feature(repo, featured, FRIDAY, null);
    Paper popular =
        Fixtures.paper("2608.30009", "Popular but not featured", 50).toBuilder()
            .categories(List.of("cond-mat.str-el"))
            .primaryCategory("cond-mat.str-el")
            .publishedAt(Instant.parse("2026-08-21T08:00:00Z"))
            .build();
    repo.writeBatch(List.of(), List.of(popular), List.of());
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aHubFedOnlyByArxivListingsShowsTheDaysAnnouncedPapersEverywhere(TestDb db)
      throws IOException {
    withHub(
        db,
        Map.of(),
        false,
        (server, client) -> {
          String home = client.get("/").body().string();
          assertThat(home)
              .contains("Monday, August 24, 2026")
              .contains("Strings on a Monday")
              .contains("1 paper")
              .doesNotContain("No papers");
          String friday = client.get("/papers?date=2026-08-21").body().string();
          assertThat(friday)
              .contains("Kondo lattices in Ce3Bi4Pd3")
              .contains("Qubits in a Hubbard chain")
              .contains("Error correction with cat qubits")
              .contains("3 papers")
              .doesNotContain("Strings on a Monday")
              .doesNotContain("Featured");
          assertThat(client.get("/papers?week=2026-W34").body().string())
              .contains("Kondo lattices in Ce3Bi4Pd3")
              .contains("3 papers");
          assertThat(client.get("/papers?month=2026-08").body().string())
              .contains("Kondo lattices in Ce3Bi4Pd3")
              .contains("Strings on a Monday")
              .contains("4 papers");
          assertThat(client.get("/feed/daily.atom").body().string())
              .contains("Strings on a Monday")
              .doesNotContain("Kondo lattices");
          ApiClient api = new ApiClient(client);
          assertThat(dailyIds(api.ok("/api/daily_papers"))).containsExactly(HEP);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21")))
              .containsExactlyInAnyOrder(STR_EL, CROSS, QUANT);
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-08")))
              .containsExactly(HEP, QUANT, CROSS, STR_EL);
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void featuredPapersComeFirstAndAreMarkedThenTheAnnouncedOnesByTheChosenSort(TestDb db)
      throws IOException {
    withHub(
        db,
        Map.of(),
        true,
        (server, client) -> {
          String friday = client.get("/papers?date=2026-08-21").body().string();
          assertThat(friday)
              .containsSubsequence(
                  "Featured Transformers",
                  "badge-note\">Featured<",
                  "Popular but not featured",
                  "Kondo lattices in Ce3Bi4Pd3")
              .contains("5 papers · 1 featured · 4 new on arXiv");
          assertThat(friday.split("badge-note\">Featured<", -1)).hasSize(2);
          ApiClient api = new ApiClient(client);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21")))
              .startsWith("2608.10001", "2608.30009")
              .hasSize(5);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21&sort=trending")))
              .startsWith("2608.10001")
              .hasSize(5);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21&limit=2&p=1")))
              .hasSize(2)
              .doesNotContain("2608.10001", "2608.30009");
        });
  }

  @Test
  void aHubSetToFeaturedOnlyListsOnlyTheFeaturedPapers() throws IOException {
    withHub(
        TestDb.SQLITE,
        Map.of("daily.featured.only", "true"),
        true,
        (server, client) -> {
          String home = client.get("/").body().string();
          assertThat(home)
              .contains("Friday, August 21, 2026")
              .contains("Featured Transformers")
              .doesNotContain("Kondo lattices")
              .contains("1 paper");
          assertThat(dailyIds(new ApiClient(client).ok("/api/daily_papers")))
              .containsExactly("2608.10001");
        });
  }

  @Test
  void previousAndNextSkipTheWeekendWhenNothingWasAnnounced() throws IOException {
    withHub(
        TestDb.SQLITE,
        Map.of(),
        false,
        (server, client) -> {
          assertThat(client.get("/papers?date=2026-08-24").body().string())
              .contains("href=\"/papers?date=2026-08-21\" rel=\"prev\"");
          assertThat(client.get("/papers?date=2026-08-21").body().string())
              .contains("href=\"/papers?date=2026-08-24\" rel=\"next\"");
          String saturday = client.get("/papers?date=2026-08-22").body().string();
          assertThat(saturday)
              .contains("No papers on Aug 22, 2026")
              .contains("The nearest days with papers")
              .doesNotContain("No papers have been imported yet");
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theDailyApiAndFeedNarrowToACategoryOrArchiveAndRejectABadOne(TestDb db) throws IOException {
    withHub(
        db,
        Map.of(),
        false,
        (server, client) -> {
          ApiClient api = new ApiClient(client);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21&cat=cond-mat.str-el")))
              .containsExactlyInAnyOrder(STR_EL, CROSS);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21&cat=quant-ph")))
              .containsExactlyInAnyOrder(CROSS, QUANT);
          assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-08-21&cat=cond-mat")))
              .containsExactlyInAnyOrder(STR_EL, CROSS);
          assertThat(dailyIds(api.ok("/api/daily_papers?month=2026-08&cat=hep-th")))
              .containsExactly(HEP);
          Response bad = client.get("/api/daily_papers?date=2026-08-21&cat=%27drop");
          assertThat(bad.code()).isEqualTo(400);
          assertThat(bad.body().string()).contains("'drop");
          assertThat(client.get("/feed/daily.atom?cat=hep-th").body().string())
              .contains("Strings on a Monday");
          assertThat(client.get("/feed/daily.json?cat=quant-ph").body().string())
              .doesNotContain("Strings on a Monday");
          assertThat(client.get("/feed/daily.atom?cat=%27drop").code()).isEqualTo(400);
        });
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void earlierAndLaterOnACategoryPageSkipToDaysWithPapersInThatCategory(TestDb db)
      throws IOException {
    withHub(
        db,
        Map.of(),
        false,
        (server, client) -> {
          assertThat(client.get("/papers?date=2026-08-24&cat=quant-ph").body().string())
              .contains("href=\"/papers?date=2026-08-21\" rel=\"prev\"");
          assertThat(client.get("/papers?date=2026-08-21&cat=quant-ph").body().string())
              .doesNotContain("rel=\"next\"");
          assertThat(client.get("/papers?date=2026-08-21&cat=hep-th").body().string())
              .contains("href=\"/papers?date=2026-08-24\" rel=\"next\"");
          client.get("/papers?cat=all"); // forget the choice: the test client keeps cookies
        });
  }

  @Test
  void authorNamesOnTheDailyCardsLinkToTheirAuthorPages() throws IOException {
    withHub(
        TestDb.SQLITE,
        Map.of(),
        false,
        (server, client) -> {
          String friday = client.get("/papers?date=2026-08-21").body().string();
          assertThat(friday)
              .contains(
                  "<a class=\"author-link\" href=\"/authors/Ada%20Lovelace\">Ada Lovelace</a>")
              .contains("<a class=\"author-link\" href=\"/authors/Alan%20Turing\">Alan Turing</a>");
          String author = client.get("/authors/Ada%20Lovelace").body().string();
          assertThat(author).contains("Kondo lattices in Ce3Bi4Pd3");
        });
  }

  @Test
  void categoryTabsCountThePapersAndTheReadersChoiceIsRemembered() throws IOException {
    withHub(
        TestDb.SQLITE,
        Map.of(),
        false,
        (server, client) -> {
          try {
            categoryTabs(client);
          } finally {
            // the test client keeps cookies across tests: forget the choice
            client.get("/papers?cat=all");
          }
        });
  }

  private static void categoryTabs(io.javalin.testtools.HttpClient client) {
    String all = client.get("/papers?date=2026-08-21").body().string();
    assertThat(all)
        .contains("title=\"Condensed Matter\">cond-mat <span class=\"chip-count\">2</span>")
        .contains("quant-ph <span class=\"chip-count\">2</span>")
        .contains("All <span class=\"chip-count\">3</span>");
    Response chosen = client.get("/papers?date=2026-08-21&cat=cond-mat.str-el");
    String html = chosen.body().string();
    assertThat(html)
        .contains("Kondo lattices in Ce3Bi4Pd3")
        .contains("Qubits in a Hubbard chain")
        .contains("Cross-list from quant-ph")
        .doesNotContain("Error correction with cat qubits")
        .contains("Strongly Correlated Electrons");
    String cookie =
        ApiClient.header(chosen, "Set-Cookie").stream()
            .filter(c -> c.startsWith(CategoryChoice.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("cond-mat.str-el").contains("HttpOnly");
    String remembered =
        client
            .get(
                "/papers?date=2026-08-21",
                req -> req.header("Cookie", CategoryChoice.COOKIE + "=cond-mat.str-el"))
            .body()
            .string();
    assertThat(remembered)
        .contains("Kondo lattices in Ce3Bi4Pd3")
        .doesNotContain("Error correction with cat qubits");
    String back =
        client
            .get(
                "/papers?date=2026-08-21&cat=all",
                req -> req.header("Cookie", CategoryChoice.COOKIE + "=cond-mat.str-el"))
            .body()
            .string();
    assertThat(back).contains("Error correction with cat qubits");
    String monday = client.get("/papers?date=2026-08-24&cat=cond-mat").body().string();
    assertThat(monday)
        .contains("No papers in cond-mat on Aug 24, 2026")
        .contains("1 paper is listed on Aug 24, 2026 in other categories");
    assertThat(client.get("/papers?date=2026-08-21&cat=%27drop").code()).isEqualTo(400);
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aListingWithoutVersionsDatedOutsideItsIdsMonthKeepsTheMonthAndSaysTheDayIsUnknown(TestDb db)
      throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    try (Quire q = Quire.open(db.config(data))) {
      q.importer(ProgressListener.NONE).importPaths(List.of(listing()), null);
      Paper old = q.papers().find(OLD).orElseThrow();
      assertThat(old.publishedAt()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
      assertThat(old.publishedDayUnknown()).isTrue();
      Paper fresh = q.papers().find(STR_EL).orElseThrow();
      assertThat(fresh.publishedAt()).isEqualTo(Instant.parse("2026-08-21T00:00:00Z"));
      assertThat(fresh.publishedDayUnknown()).isFalse();
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            assertThat(client.get("/papers/" + OLD).body().string())
                .contains("Published April 2024 (day unknown)")
                .doesNotContain("Published Jul 15, 2025");
            assertThat(client.get("/papers?date=2024-04-01").body().string())
                .doesNotContain("A paper listed late");
            assertThat(client.get("/papers?date=2025-07-15").body().string())
                .doesNotContain("A paper listed late");
          });
    }
  }
}
