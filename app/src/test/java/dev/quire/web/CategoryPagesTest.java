package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperStore;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Category names next to codes, category pages, and author links. */
class CategoryPagesTest {
  @TempDir Path dir;

  private static Paper paper(String id, String title, String categories, String published) {
    return Fixtures.paper(id, title, 0).toBuilder()
        .categories(List.of(categories.split(" ")))
        .primaryCategory(categories.split(" ")[0])
        .publishedAt(Instant.parse(published + "T10:00:00Z"))
        .build();
  }

  private static void seed(PaperStore repo) {
    List<Paper> papers = new ArrayList<>();
    papers.add(paper("2608.40001", "Heavy fermions", "cond-mat.str-el", "2026-08-20"));
    papers.add(paper("2608.40002", "Spin liquids", "cond-mat.str-el quant-ph", "2026-08-21"));
    papers.add(paper("2608.40003", "Graphene transport", "cond-mat.mes-hall", "2026-08-19"));
    papers.add(paper("2608.40004", "Cat qubits", "quant-ph", "2026-08-22"));
    papers.add(
        PaperBuilder.paper("2608.40005")
            .title("Number theory aside")
            .authorNames("Émile Borel")
            .categories(List.of("math.NT", "11M06"))
            .primaryCategory("math.NT")
            .publishedAt(Instant.parse("2026-08-18T10:00:00Z"))
            .build());
    repo.writeBatch(List.of(), papers, List.of());
  }

  private void withSite(TestDb db, TestCase test) {
    try (Quire q = db.open(dir)) {
      seed(q.paperStore());
      JavalinTest.test(q.web(), test);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aCategoryPageListsItsPapersAndCrossListsNewestFirst(TestDb db) {
    withSite(
        db,
        (server, client) -> {
          String strEl = client.get("/categories/cond-mat.str-el").body().string();
          assertThat(strEl)
              .contains("<h1>Strongly Correlated Electrons</h1>")
              .contains("2 papers, newest first")
              .containsSubsequence("Spin liquids", "Heavy fermions")
              .doesNotContain("Graphene transport");
          String archive = client.get("/categories/cond-mat").body().string();
          assertThat(archive)
              .contains("<h1>Condensed Matter</h1>")
              .contains("3 papers, newest first")
              .containsSubsequence("Spin liquids", "Heavy fermions", "Graphene transport")
              .doesNotContain("Cat qubits");
        });
  }

  @Test
  void anUnknownCategoryIsA404() {
    withSite(
        TestDb.SQLITE,
        (server, client) -> {
          assertThat(client.get("/categories/cond-mat.nope").code()).isEqualTo(404);
          assertThat(client.get("/categories/11M06").code()).isEqualTo(404);
        });
  }

  @Test
  void aCategoryPageIsPaged() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      List<Paper> many = new ArrayList<>();
      for (int i = 0; i < CategoryPageController.PAGE_SIZE + 3; i++) {
        many.add(
            paper(
                String.format("2608.%05d", 50000 + i),
                "Paper number " + i,
                "hep-th",
                String.format("2026-08-%02d", 1 + i % 28)));
      }
      q.paperStore().writeBatch(List.of(), many, List.of());
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            String first = client.get("/categories/hep-th").body().string();
            assertThat(first)
                .contains("Papers 1–50, newest first")
                .contains("href=\"/categories/hep-th?p=2\" rel=\"next\"");
            assertThat(client.get("/categories/hep-th?p=2").body().string())
                .contains("Papers 51–53");
          });
    }
  }

  @Test
  void thePaperPageNamesItsCategoriesAndLinksThemAndItsAuthors() {
    withSite(
        TestDb.SQLITE,
        (server, client) -> {
          String html = client.get("/papers/2608.40002").body().string();
          assertThat(html)
              .contains(
                  "<a href=\"/categories/cond-mat.str-el\" title=\"Strongly Correlated Electrons\">cond-mat.str-el</a>")
              .contains("Strongly Correlated Electrons</span>")
              .contains("<a href=\"/categories/quant-ph\" title=\"Quantum Physics\">quant-ph</a>")
              .contains("<a href=\"/authors/Ada%20Lovelace\">Ada Lovelace</a>");
          String math = client.get("/papers/2608.40005").body().string();
          assertThat(math)
              .contains("Number Theory</span>")
              .contains("<a href=\"/authors/%C3%89mile%20Borel\">Émile Borel</a>")
              .doesNotContain("href=\"/categories/11M06\"");
        });
  }
}
