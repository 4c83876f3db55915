package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.search.Facet;
import dev.quire.search.Fusion;
import dev.quire.search.QuerySyntax;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchCorpus;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperSearchTest {
  @TempDir Path dir;
  Quire quire;
  LuceneSearch search;
  HashingEmbedder embedder = new HashingEmbedder();

  @BeforeEach
  void open() {
    quire = TestDb.SQLITE.open(dir);
    SearchCorpus.store(quire.paperStore());
    search = quire.openSearch(embedder);
    search.syncNow(line -> {});
    search.embedQueuedHere();
  }

  @AfterEach
  void close() {
    quire.close();
  }

  private List<String> ids(String q) {
    return ids(q, SearchSort.RELEVANCE);
  }

  private List<String> ids(String q, SearchSort sort) {
    return search.search(QuerySyntax.parse(q), sort, 0, 20).hits().stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void aQuotedPhraseFindsOnlyPapersWithThoseWordsInThatOrder() {
    assertThat(ids("\"image editing\"")).containsExactly("2502.00002");
  }

  @Test
  void aTitleMatchOutranksAnAbstractMatch() {
    assertThat(ids("attention").subList(0, 2))
        .containsExactlyInAnyOrder("2501.00001", "2602.00005");
  }

  private List<String> keywordIds(String q) {
    return search
        .search(QuerySyntax.parse(q), SearchSort.RELEVANCE, RankingMethod.BM25, 0, 20, true)
        .hits()
        .stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void authorCategoryOrganisationAndDateFiltersNarrowTheResults() {
    assertThat(ids("attention author:Lovelace"))
        .containsExactlyInAnyOrder("2501.00001", "2602.00005");
    assertThat(ids("author:\"alan turing\"")).containsExactlyInAnyOrder("2503.00003", "2602.00005");
    assertThat(ids("diffusion cat:cs.CV")).containsExactlyInAnyOrder("2502.00002", "2503.00003");
    assertThat(ids("cat:q-bio")).containsExactly("2601.00004");
    assertThat(ids("org:Google")).containsExactly("2502.00002");
    // papers close in meaning pass the filters too, after the keyword matches
    assertThat(ids("attention after:2026"))
        .startsWith("2602.00005")
        .containsOnly("2602.00005", "2601.00004");
    assertThat(keywordIds("attention after:2026")).containsExactly("2602.00005");
    assertThat(ids("attention before:2026-01"))
        .startsWith("2501.00001")
        .doesNotContain("2601.00004", "2602.00005");
    assertThat(keywordIds("attention before:2026-01")).containsExactly("2501.00001");
  }

  @Test
  void oddQueriesNeverFail() {
    for (String q :
        List.of(
            "\"\"\" author: cat:", "\"", ":", "author:\"", "the of and", "-", "*?", "a\"b\"c")) {
      assertThat(search.search(QuerySyntax.parse(q), SearchSort.RELEVANCE, 0, 20))
          .as(q)
          .isNotNull();
    }
  }

  @Test
  void anArxivIdOrUrlGoesStraightToThePaper() {
    assertThat(
            search.search(QuerySyntax.parse("2502.00002v3"), SearchSort.RELEVANCE, 0, 20).jumpTo())
        .isEqualTo("2502.00002");
    assertThat(
            search
                .search(
                    QuerySyntax.parse("https://arxiv.org/pdf/2601.00004"),
                    SearchSort.RELEVANCE,
                    0,
                    20)
                .jumpTo())
        .isEqualTo("2601.00004");
  }

  @Test
  void resultsSortByDateOrUpvotes() {
    assertThat(ids("cat:cs", SearchSort.DATE))
        .containsExactly("2602.00005", "2601.00004", "2503.00003", "2502.00002", "2501.00001");
    assertThat(ids("cat:cs", SearchSort.UPVOTES))
        .containsExactly("2502.00002", "2601.00004", "2501.00001", "2503.00003", "2602.00005");
  }

  @Test
  void hybridOrderIsTheConvexFusionOfKeywordAndVectorOrdersWithPapersHavingAllTheWordsFirst() {
    SearchQuery q = QuerySyntax.parse("graph attention networks");
    List<PaperIndex.Hit> bm25 =
        hits(search.search(q, SearchSort.RELEVANCE, RankingMethod.BM25, 0, 100, true));
    List<PaperIndex.Hit> dense =
        hits(search.search(q, SearchSort.RELEVANCE, RankingMethod.DENSE, 0, 100, true));
    assertThat(dense).hasSize(5);
    // sorted by date, the list is the papers with all the words
    List<String> withAll = ids("graph attention networks", SearchSort.DATE);
    List<String> fused =
        Fusion.standard().fuse(bm25, dense, PaperIndex.Hit::rescored).stream()
            .map(PaperIndex.Hit::id)
            .toList();
    List<String> expected = new java.util.ArrayList<>();
    fused.stream().filter(withAll::contains).forEach(expected::add);
    fused.stream().filter(id -> !withAll.contains(id)).forEach(expected::add);
    assertThat(ids("graph attention networks")).isEqualTo(expected);
    assertThat(expected.get(0)).isEqualTo("2602.00005");
  }

  private static List<PaperIndex.Hit> hits(SearchResults r) {
    return r.hits().stream().map(h -> new PaperIndex.Hit(0, h.paper().id(), h.score())).toList();
  }

  @Test
  void matchesAreMarkedAndTheRestOfTheTextIsEscaped() {
    SearchHit hit =
        search
            .search(QuerySyntax.parse("diffusion bold"), SearchSort.RELEVANCE, 0, 20)
            .hits()
            .get(0);
    assertThat(hit.titleHtml()).isEqualTo("Image Editing with <mark>Diffusion</mark> Models");
    assertThat(hit.snippetHtml())
        .contains("<mark>Diffusion</mark> models")
        .contains("&lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; safe")
        .doesNotContain("<b>");
  }

  @Test
  void facetsCountCategoriesAndYearsOfTheResults() {
    SearchResults r = search.search(QuerySyntax.parse("cat:cs"), SearchSort.RELEVANCE, 0, 20);
    assertThat(r.categories()).contains(new Facet("cs.CV", 2), new Facet("cs.LG", 2));
    assertThat(r.years()).containsExactly(new Facet("2026", 2), new Facet("2025", 3));
  }

  @Test
  void similarPapersAreNearestByVectorAndNeverThePaperItself() {
    List<String> similar = search.similar("2602.00005", 3).stream().map(p -> p.id()).toList();
    assertThat(similar).hasSize(3).doesNotContain("2602.00005");
  }

  @Test
  void theIndexIsRebuiltFromTheDatabaseWithoutEmbeddingAgain() throws Exception {
    assertThat(embedder.documents.get()).isEqualTo(5);
    quire.close();
    java.nio.file.Files.walk(dir.resolve("index"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());
    quire = TestDb.SQLITE.open(dir);
    HashingEmbedder fresh = new HashingEmbedder();
    search = quire.openSearch(fresh);
    search.syncNow(line -> {});
    search.embedQueuedHere();
    assertThat(search.status().indexed()).isEqualTo(5);
    assertThat(search.status().withVectors()).isEqualTo(5);
    assertThat(fresh.documents.get()).isZero();
    assertThat(ids("\"image editing\"")).containsExactly("2502.00002");
  }

  @Test
  void aPaperImportedWhileServingIsFoundAndThenEmbedded() throws Exception {
    search.start();
    quire
        .paperStore()
        .writeBatch(
            List.of(),
            List.of(
                SearchCorpus.paper(
                    "2603.00006",
                    "Quantum Zebra Routing",
                    "Zebras route qubits.",
                    List.of("Emmy Noether"),
                    List.of("quant-ph"),
                    "2026-03-01",
                    2)),
            List.of());
    long end = System.currentTimeMillis() + 20_000;
    while (keywordIds("zebra").isEmpty() && System.currentTimeMillis() < end) {
      Thread.sleep(50);
    }
    assertThat(ids("zebra")).startsWith("2603.00006");
    assertThat(keywordIds("zebra")).containsExactly("2603.00006");
    // searchable can come a moment before the paper is queued for its vector (another refresh of
    // the index in between), so wait for the vector itself rather than for an idle queue
    end = System.currentTimeMillis() + 20_000;
    while (search.status().withVectors() < 6 && System.currentTimeMillis() < end) {
      search.awaitEmbedded(1_000);
    }
    assertThat(search.status().withVectors()).isEqualTo(6);
  }

  @Test
  void withoutVectorsSimilarFallsBackToKeywords() {
    quire.close();
    quire = TestDb.SQLITE.open(dir.resolve("other"));
    SearchCorpus.store(quire.paperStore());
    search = quire.openSearch(null);
    search.syncNow(line -> {});
    List<String> similar = search.similar("2601.00004", 5).stream().map(p -> p.id()).toList();
    assertThat(similar).doesNotContain("2601.00004").contains("2602.00005");
    assertThat(ids("graph")).containsExactlyInAnyOrder("2601.00004", "2602.00005");
  }
}
