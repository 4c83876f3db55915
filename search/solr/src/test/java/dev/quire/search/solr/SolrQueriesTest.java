package dev.quire.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.QuerySyntax;
import org.junit.jupiter.api.Test;

/** The Solr queries a search box becomes: the embedded engine's structure, boosts and filters. */
class SolrQueriesTest {
  @Test
  void wordsAreScoredInTextTitleAndAuthorsWithTheEmbeddedWeightsAndPhrasesAreRequired() {
    var q = QuerySyntax.parse("Sparse attention \"long documents\" attention");
    assertThat(SolrQueries.text(q))
        .isEqualTo(
            "+(text:(sparse attention)^1.0 title:(sparse attention)^0.2"
                + " authors:(sparse attention)^0.5)"
                + " +(text:\"long documents\"^1.0 title:\"long documents\"^0.2"
                + " authors:\"long documents\"^0.5)");
  }

  @Test
  void allTheWordsLeavesOutStopWordsAndAFilterOnlyQueryHasNoText() {
    var q = QuerySyntax.parse("the attention of transformers");
    assertThat(SolrQueries.allWords(q))
        .isEqualTo("+(text:attention authors:attention) +(text:transformers authors:transformers)");
    assertThat(SolrQueries.wordCount(q)).isEqualTo(2);
    assertThat(SolrQueries.text(QuerySyntax.parse("cat:cs.CL"))).isNull();
  }

  @Test
  void filtersBecomeFilterQueriesWithQuotedValuesAndDayRanges() {
    var q =
        QuerySyntax.parse(
            "author:\"Grace Hopper\" cat:cs.CL cat:cs.LG org:google after:2025-02"
                + " before:2025-03 \"image editing\"");
    assertThat(SolrQueries.filters(q, false))
        .containsExactly(
            "authors:\"Grace Hopper\"",
            "cat:(\"cs.cl\" OR \"cs.lg\")",
            "org:(\"google\")",
            "published:[20120 TO 20147]");
    assertThat(SolrQueries.filters(q, true))
        .hasSize(5)
        .last()
        .asString()
        .startsWith("(text:\"image editing\"");
  }

  @Test
  void aVectorBecomesAKnnQueryAndIdsATermsFilter() {
    assertThat(SolrQueries.knn(new float[] {0.5f, -0.25f}, 15))
        .isEqualTo("{!knn f=vector topK=15}[0.5,-0.25]");
    assertThat(SolrQueries.ids(java.util.List.of("2501.00001", "2502.00002")))
        .isEqualTo("{!terms f=id}2501.00001,2502.00002");
    assertThat(SolrQueries.quoted("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThat(SolrQueries.not("2501.00001")).isEqualTo("-id:\"2501.00001\"");
  }
}
