package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.search.Facet;
import dev.quire.search.QuerySyntax;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchCorpus;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rare words and acronyms: papers that contain them come before papers a model only thinks are
 * close in meaning (on the physics listings, "NQS" drew astro-ph nitrogen-abundance papers).
 */
class ExactMatchRankingTest {
  @TempDir Path dir;
  Quire quire;
  LuceneSearch search;

  /** A model that, like the real one did, takes the acronym for nitrogen abundances. */
  static final class ConfusedEmbedder implements Embedder {
    @Override
    public String model() {
      return "test-confused";
    }

    @Override
    public int dimensions() {
      return 64;
    }

    @Override
    public float[] embedDocument(String title, String abstractText) {
      return HashingEmbedder.embed(title + " " + abstractText);
    }

    @Override
    public float[] embedQuery(String query) {
      return HashingEmbedder.embed(query.equals("NQS") ? "nitrogen abundances stars" : query);
    }

    @Override
    public void close() {}
  }

  @BeforeEach
  void open() {
    quire = TestDb.SQLITE.open(dir);
    List<Paper> papers = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      papers.add(
          SearchCorpus.paper(
              String.format("2503.%05d", i),
              "Nitrogen abundances of stars in survey field " + i,
              "We measure nitrogen abundances of stars in field " + i + " from spectra.",
              List.of("Astronomer " + i),
              List.of("astro-ph.SR"),
              "2025-03-01",
              0));
    }
    papers.add(
        SearchCorpus.paper(
            "2504.00001",
            "Variational Monte Carlo for frustrated magnets",
            "A neural-network quantum state (NQS) ansatz with many parameters is trained by"
                + " stochastic reconfiguration on frustrated lattices of spins.",
            List.of("Physicist One"),
            List.of("cond-mat.str-el"),
            "2025-04-01",
            0));
    papers.add(
        SearchCorpus.paper(
            "2504.00002",
            "Ground states of the J1-J2 model",
            "Convolutional NQS reach lower energies than tensor networks on the square lattice.",
            List.of("Physicist Two"),
            List.of("cond-mat.str-el"),
            "2025-04-02",
            0));
    quire.paperStore().writeBatch(List.of(), papers, List.of());
    search = quire.openSearch(new ConfusedEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
  }

  @AfterEach
  void close() {
    quire.close();
  }

  private List<String> ids(String q, RankingMethod method) {
    return search
        .search(QuerySyntax.parse(q), SearchSort.RELEVANCE, method, 0, 10, true)
        .hits()
        .stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void anAcronymInAFewPapersRanksThosePapersFirstAboveMeaningOnlyNeighbours() {
    // the model alone puts the nitrogen papers first: the fusion must not follow it
    assertThat(ids("NQS", RankingMethod.DENSE).get(0)).startsWith("2503.");
    assertThat(ids("NQS", RankingMethod.HYBRID).subList(0, 2))
        .containsExactlyInAnyOrder("2504.00001", "2504.00002");
    SearchResults r = search.search(QuerySyntax.parse("NQS"), SearchSort.RELEVANCE, 0, 10);
    assertThat(r.matches()).isEqualTo(2);
    assertThat(r.categories()).containsExactly(new Facet("cond-mat.str-el", 2));
  }

  @Test
  void aMisspeltWordGetsADidYouMeanFromTheTitleWords() {
    SearchResults r =
        search.search(QuerySyntax.parse("nitrogen abundnces"), SearchSort.RELEVANCE, 0, 10);
    assertThat(r.suggestion()).isEqualTo("nitrogen abundances");
    assertThat(
            search
                .search(QuerySyntax.parse("nitrogen abundances"), SearchSort.RELEVANCE, 0, 10)
                .suggestion())
        .isNull();
  }

  @Test
  void anArxivIdThisHubDoesNotHaveIsSaidSoInsteadOfShowingLookAlikes() {
    SearchResults r = search.search(QuerySyntax.parse("2504.08385"), SearchSort.RELEVANCE, 0, 10);
    assertThat(r.missingId()).isEqualTo("2504.08385");
    assertThat(r.hits()).isEmpty();
    assertThat(r.jumpTo()).isNull();
  }
}
