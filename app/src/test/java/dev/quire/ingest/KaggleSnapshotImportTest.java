package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KaggleSnapshotImportTest {
  @TempDir Path dir;

  @Test
  void theGzippedListingsFileImportsAllItsPapers() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      ImportSummary s =
          q.importer(ProgressListener.NONE)
              .importPaths(
                  List.of(SharedData.require("arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz")),
                  null);

      assertThat(s.imported()).isEqualTo(82_477);
      assertThat(s.rejects()).isEmpty();
      assertThat(q.papers().countPapers()).isEqualTo(82_477);
      Paper p = q.papers().find("2503.11742").orElseThrow();
      assertThat(p.title())
          .isEqualTo("Safe Vision-Language Models via Unsafe Weights Manipulation");
      assertThat(p.authors())
          .extracting(Author::name)
          .containsExactly(
              "Moreno D'Incà",
              "Elia Peruzzo",
              "Xingqian Xu",
              "Humphrey Shi",
              "Nicu Sebe",
              "Massimiliano Mancini");
      assertThat(p.categories()).containsExactly("cs.CV", "cs.AI");
      assertThat(p.primaryCategory()).isEqualTo("cs.CV");
      assertThat(p.comments()).isEqualTo("Work in progress");
      assertThat(p.abstractText())
          .startsWith(
              "Vision-language models (VLMs) often inherit the biases and unsafe"
                  + " associations present within");
      assertThat(p.publishedAt()).isEqualTo(Instant.parse("2025-03-18T00:00:00Z"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theRealSnapshotSampleKeepsVersionsDoiAndParsedAuthors(TestDb db) {
    try (Quire q = db.open(dir)) {
      ImportSummary s =
          q.importer(ProgressListener.NONE)
              .importPaths(
                  List.of(SharedData.require("arxiv/arxiv-metadata-oai-snapshot.sample200.jsonl")),
                  null);

      assertThat(s.imported()).isEqualTo(200);
      Paper p = q.papers().find("0704.0001").orElseThrow();
      assertThat(p.title())
          .isEqualTo(
              "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
      assertThat(p.authors())
          .extracting(Author::name)
          .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
      assertThat(p.versions())
          .containsExactly(
              new PaperVersion(1, Instant.parse("2007-04-02T19:18:42Z")),
              new PaperVersion(2, Instant.parse("2007-07-24T20:10:27Z")));
      assertThat(p.publishedAt()).isEqualTo(Instant.parse("2007-04-02T19:18:42Z"));
      assertThat(p.updatedAt()).isEqualTo(Instant.parse("2007-07-24T20:10:27Z"));
      assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.76.013009");
      assertThat(p.journalRef()).isEqualTo("Phys.Rev.D76:013009,2007");
      assertThat(p.reportNo()).isEqualTo("ANL-HEP-PR-07-12");
      assertThat(p.submitter()).isEqualTo("Pavel Nadolsky");
      assertThat(p.comments()).isEqualTo("37 pages, 15 figures; published version");
      assertThat(q.papers().find("0704.0002").orElseThrow().license())
          .isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
    }
  }
}
