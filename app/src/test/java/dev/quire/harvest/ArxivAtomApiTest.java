package dev.quire.harvest;

import static dev.quire.harvest.HarvestFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.fakes.SyntheticArxivPages;
import dev.quire.harvest.FakeArxivServer.Reply;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArxivAtomApiTest {
  static final String LEGACY =
      "arxiv/atom-api/api_query_cs.RO-neural_legacy-format_2025-10_james-akl.xml";
  static final String NEW =
      "arxiv/atom-api/api_query_all-nicotine_new-format_2026-07_saeedrafsharx.xml";

  @TempDir Path dir;
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime();

  @AfterEach
  void stop() {
    server.close();
  }

  static ArxivAtomParser.Feed parse(String shared) throws Exception {
    try (InputStream in = Files.newInputStream(SharedData.require(shared))) {
      return ArxivAtomParser.parse(in);
    }
  }

  @Test
  void theLegacyResponseFormatParses() throws Exception {
    ArxivAtomParser.Feed feed = parse(LEGACY);

    assertThat(feed.papers()).containsOnlyKeys("2510.14968", "2510.14827");
    Paper p = feed.papers().get("2510.14968");
    assertThat(p.title())
        .isEqualTo(
            "RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in"
                + " Long-Horizon Tasks");
    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("Mingxuan Yan", "Yuping Wang", "Zechun Liu", "Jiachen Li");
    assertThat(p.categories())
        .containsExactly("cs.RO", "cs.AI", "cs.CV", "cs.LG", "cs.SY", "eess.SY");
    assertThat(p.primaryCategory()).isEqualTo("cs.RO");
    assertThat(p.comments())
        .isEqualTo(
            "39th Conference on Neural Information Processing Systems (NeurIPS 2025);"
                + " Project Website: rdd-neurips.github.io");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2025-10-16T17:59:37Z"));
    assertThat(p.versions())
        .containsExactly(new PaperVersion(1, Instant.parse("2025-10-16T17:59:37Z")));
    assertThat(p.abstractText())
        .startsWith("To tackle long-horizon tasks, recent hierarchical")
        .doesNotContain("\n");
    assertThat(feed.errors()).isEmpty();
  }

  @Test
  void theNewResponseFormatParsesWithDoiJournalAndLaterVersions() throws Exception {
    ArxivAtomParser.Feed feed = parse(NEW);

    assertThat(feed.papers()).hasSize(10);
    Paper p = feed.papers().get("1509.01687");
    assertThat(p.title())
        .isEqualTo("Single Molecule Transistor based Nanopore for the detection of Nicotine");
    assertThat(p.doi()).isEqualTo("10.1063/1.4904358");
    assertThat(p.journalRef()).isEqualTo("Journal of Applied Physics 116, 244307 (2014)");
    assertThat(p.categories()).containsExactly("cond-mat.mes-hall", "physics.comp-ph");
    assertThat(p.comments()).isEqualTo("4 figures");
    assertThat(p.authors()).extracting(Author::name).containsExactly("S. J. Ray");
    Paper v2 = feed.papers().get("1206.3474");
    assertThat(v2.versions())
        .containsExactly(
            new PaperVersion(1, Instant.parse("2012-06-15T14:07:14Z")),
            new PaperVersion(2, Instant.parse("2013-07-09T09:20:29Z")));
    assertThat(v2.updatedAt()).isEqualTo(Instant.parse("2013-07-09T09:20:29Z"));
  }

  @Test
  void anErrorEntryIsReportedNotStored() throws Exception {
    String xml =
        """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_99</id>
        <title>Error</title><summary>incorrect id format for 99</summary></entry></feed>
        """;
    ArxivAtomParser.Feed feed =
        ArxivAtomParser.parse(new java.io.ByteArrayInputStream(xml.getBytes()));

    assertThat(feed.papers()).isEmpty();
    assertThat(feed.errors()).containsExactly("incorrect id format for 99");
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void addingSeveralIdsTakesOneRequestAndNamesThoseArxivDoesNotHave(TestDb db) {
    server.answering(q -> Reply.file(SharedData.require(LEGACY)));
    try (Quire q = open(db, dir, server, time)) {
      AddResult r =
          q.harvesting()
              .add(List.of("2510.14968v1", "https://arxiv.org/abs/2510.14827", "2510.99999"));

      assertThat(server.queries)
          .containsExactly(
              Map.of("id_list", "2510.14968,2510.14827,2510.99999", "max_results", "3"));
      assertThat(r.imported()).isEqualTo(2);
      assertThat(r.notFound()).containsExactly("2510.99999");
      assertThat(r.describe())
          .isEqualTo(
              "Added from arXiv: 2 new, 0 updated, 0 unchanged"
                  + System.lineSeparator()
                  + "Not found on arXiv: 2510.99999");
      assertThat(q.papers().find("2510.14827").orElseThrow().title())
          .isEqualTo("Neural Implicit Flow Fields for Spatio-Temporal Motion Mapping");

      assertThat(q.harvesting().add(List.of("2510.14968")).unchanged()).isEqualTo(1);
    }
  }

  @Test
  void moreThanAHundredIdsAreSplitIntoPoliteBatches() {
    server.answering(q -> Reply.file(SharedData.require(LEGACY)));
    List<String> ids =
        java.util.stream.IntStream.range(0, 150).mapToObj(SyntheticArxivPages::id).toList();
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      q.harvesting().add(ids);

      assertThat(server.queries).extracting(m -> m.get("max_results")).containsExactly("100", "50");
      assertThat(time.sleeps).containsExactly(java.time.Duration.ofSeconds(3));
    }
  }

  @Test
  void aBadIdIsRefusedBeforeAnyRequest() {
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThatThrownBy(() -> q.harvesting().add(List.of("2510.14968", "not-an-id")))
          .hasMessage("not an arXiv id: 'not-an-id'");
      assertThat(server.queries).isEmpty();
    }
  }
}
