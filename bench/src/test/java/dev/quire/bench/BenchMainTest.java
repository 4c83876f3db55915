package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return BenchMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void benchHelpListsEveryBenchmarkAndItsOptions() {
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString())
        .contains("import")
        .contains("harvest")
        .contains("digest")
        .contains("map")
        .contains("foryou")
        .contains("search");
    out.reset();
    assertThat(run("bench", "search", "--help")).isZero();
    assertThat(out.toString())
        .contains("--embed")
        .contains("--queries")
        .contains("--rounds")
        .contains("--keep")
        .contains("--papers");
    out.reset();
    assertThat(run("eval", "--help")).isZero();
    assertThat(out.toString()).contains("--fusion").contains("--recommend").contains("--beir");
  }

  @Test
  void aCountThatIsNotAWholeNumberIsNamedWithItsOptionInOneLine() {
    assertThat(run("bench", "harvest", "--records", "none")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("--records").contains("'none' is not a whole number >= 1");
  }

  @Test
  void theBenchBuildStillRunsTheProductCommands() {
    assertThat(run("config", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("port=8080");
  }

  @Test
  void evalReadsTheOnlySplitThereIsPrintsOneLinePerMethodAndReusesCachedVectors()
      throws java.io.IOException {
    Path beir = dir.resolve("beir");
    java.nio.file.Files.createDirectories(beir.resolve("qrels"));
    java.nio.file.Files.writeString(
        beir.resolve("corpus.jsonl"),
        """
        {"_id": "d1", "title": "Transformers", "text": "Self-attention networks translate languages."}
        {"_id": "d2", "title": "Protein folding", "text": "Predicting protein structures from sequences."}
        {"_id": "d3", "title": "", "text": "Graph neural networks for molecules and chemistry."}
        """);
    java.nio.file.Files.writeString(
        beir.resolve("queries.jsonl"),
        """
        {"_id": "q1", "text": "machine translation with attention"}
        {"_id": "q2", "text": "how do proteins fold"}
        {"_id": "q3", "text": "no judgements for this one"}
        """);
    java.nio.file.Files.writeString(
        beir.resolve("qrels/train.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t2\n");
    String cache = dir.resolve("eval-cache").toString();
    assertThat(run("eval", "--beir", beir.toString(), "--cache", cache)).isZero();
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "bm25 nDCG@10=1.0000 Recall@100=1.0000 MRR@10=1.0000",
            "dense nDCG@10=1.0000 Recall@100=1.0000 MRR@10=1.0000",
            "hybrid nDCG@10=1.0000 Recall@100=1.0000 MRR@10=1.0000");
    assertThat(err.toString()).contains("split train").contains("0 vectors from the cache");
    out.reset();
    err.reset();
    // a second run embeds nothing: 3 documents and 2 queries come from the cache
    assertThat(run("eval", "--beir", beir.toString(), "--cache", cache, "--split", "train"))
        .isZero();
    assertThat(out.toString().lines()).hasSize(3);
    assertThat(err.toString()).contains("5 vectors from the cache").contains(", 0 embedded");
  }
}
