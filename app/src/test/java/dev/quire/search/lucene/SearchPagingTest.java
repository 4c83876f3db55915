package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.search.Facet;
import dev.quire.search.MatchScope;
import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchCorpus;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting matches and paging far into a ranking, over 1,050 papers that all share a word. */
class SearchPagingTest {
  static final int PAPERS = 1050;
  @TempDir static Path dir;
  static Quire quire;
  static LuceneSearch search;

  @BeforeAll
  static void open() {
    quire = TestDb.SQLITE.open(dir);
    List<Paper> papers = new ArrayList<>();
    for (int i = 1; i <= PAPERS; i++) {
      // every 35th paper (30 in all) is also in discrete mathematics
      List<String> cats = i % 35 == 0 ? List.of("cs.DM", "cs.LG") : List.of("cs.LG");
      papers.add(
          SearchCorpus.paper(
              String.format("2501.%05d", i),
              "Graph study number " + i,
              "We study graph "
                  + (i % 2 == 0 ? "colouring" : "matching")
                  + " in setting "
                  + i
                  + ".",
              List.of("Author " + i),
              cats,
              "2025-01-" + String.format("%02d", 1 + i % 28),
              i % 7));
    }
    quire.paperStore().writeBatch(List.of(), papers, List.of());
    search = quire.openSearch(new HashingEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
  }

  @AfterAll
  static void close() {
    quire.close();
  }

  private SearchResults page(String q, int offset, int limit) {
    return search.search(QuerySyntax.parse(q), SearchSort.RELEVANCE, offset, limit);
  }

  @Test
  void theCountSaysExactlyHowManyPapersHaveAllTheWordsWithinTheFiltersEvenPastAThousand() {
    for (String q : List.of("graph", "graph study", "\"graph study\"")) {
      SearchResults all = page(q, 0, 20);
      assertThat(all.matches()).as(q).isEqualTo(PAPERS);
      assertThat(all.matchesAtLeast()).as(q).isFalse();
    }
    // "colouring" in half the papers, "matching" in the other half: none has both
    assertThat(page("graph colouring matching", 0, 20).scope()).isEqualTo(MatchScope.TOP_RESULTS);

    SearchResults narrowed = page("graph cat:cs.DM", 0, 20);
    assertThat(narrowed.matches()).isEqualTo(30);
    assertThat(narrowed.matchesAtLeast()).isFalse();

    SearchResults half = page("colouring", 0, 20);
    assertThat(half.matches()).isEqualTo(PAPERS / 2);
    assertThat(half.matchesAtLeast()).isFalse();
  }

  @Test
  void wordsNoPaperHasMatchNothingButMeaningStillRanksTheClosest() {
    SearchResults none = page("zebra", 0, 20);
    assertThat(none.scope()).isEqualTo(MatchScope.TOP_RESULTS);
    assertThat(none.semantic()).isTrue();
    assertThat(none.hits()).hasSize(20);
    assertThat(none.matches()).isEqualTo(none.total());
  }

  @Test
  void theCountAndTheFacetsDescribeTheSamePapersThoseWithAllTheWords() {
    // half the papers are about colouring; every 70th paper is a colouring paper in cs.DM
    SearchResults r = page("graph colouring", 0, 20);
    assertThat(r.scope()).isEqualTo(MatchScope.ALL_WORDS);
    assertThat(r.matches()).isEqualTo(PAPERS / 2);
    assertThat(r.categories())
        .containsExactly(new Facet("cs.LG", PAPERS / 2), new Facet("cs.DM", PAPERS / 70));
    assertThat(r.years()).containsExactly(new Facet("2025", PAPERS / 2));
    SearchResults refined = page("graph colouring cat:cs.DM", 0, 20);
    assertThat(refined.matches()).isEqualTo(PAPERS / 70);
    assertThat(refined.categories()).contains(new Facet("cs.DM", PAPERS / 70));
  }

  @Test
  void pagesGoOnPastTheFirstHundredUntilTheRankingEnds() {
    Set<String> seen = new HashSet<>();
    int offset = 0;
    SearchResults r;
    do {
      r = page("colouring cat:cs.DM", offset, 20);
      r.hits().forEach(h -> assertThat(seen.add(h.paper().id())).as("seen once").isTrue());
      offset += 20;
    } while (r.total() > offset);
    // keyword and vector candidates pass the same filter: the 30 papers in cs.DM, each once
    assertThat(seen).hasSize(30);

    SearchResults fifth = page("graph", 100, 20);
    assertThat(fifth.hits()).hasSize(20);
    assertThat(fifth.total()).as("a sixth page exists").isGreaterThan(120);
    SearchResults last = page("graph", 980, 20);
    assertThat(last.hits()).hasSize(20);
    assertThat(last.total()).as("pages end at the deepest ranking").isEqualTo(1000);
  }
}
