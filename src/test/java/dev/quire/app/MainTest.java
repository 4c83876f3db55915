package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("help")).isZero();
    assertThat(out.toString()).contains("serve").contains("ingest").contains("--data");
  }

  @Test
  void ingestPrintsASummaryAndTheSecondRunSaysNothingChanged() {
    String file = SharedData.require("hf-daily-papers/2026-08-21.json").toString();
    assertThat(run("ingest", "--data", dir.toString(), file)).isZero();
    assertThat(out.toString()).contains("17 imported, 0 updated, 0 unchanged, 0 rejected");
    out.reset();
    assertThat(run("ingest", "--data", dir.toString(), "--format", "hf", file)).isZero();
    assertThat(out.toString())
        .contains("0 imported, 0 updated, 17 unchanged")
        .contains("Nothing changed");
  }

  @Test
  void mistakesOnTheCommandLineAreNamed() {
    assertThatThrownBy(() -> run("frobnicate")).hasMessage("unknown command 'frobnicate'");
    assertThatThrownBy(() -> run("ingest")).hasMessage("ingest needs at least one FILE or DIR");
    assertThatThrownBy(() -> run("ingest", "--data", dir.toString(), "/no/such/file.json"))
        .hasMessage("no such file or directory: /no/such/file.json");
    assertThatThrownBy(() -> run("ingest", "--colour", "red", "x"))
        .hasMessage("unknown option --colour");
    assertThatThrownBy(() -> run("ingest", "--format", "csv", dir.toString()))
        .hasMessage("--format must be hf or kaggle; got 'csv'");
    assertThatThrownBy(() -> run("serve", "--port")).hasMessage("option --port needs a value");
  }

  @Test
  void adminGrantGivesAnExistingAccountTheAdminRole() {
    Config config = Config.load(java.util.Map.of("data", dir.toString()), java.util.Map.of());
    try (Quire quire = Quire.open(config)) {
      quire.accounts().signUp("root@example.org", "root", "long enough secret");
    }
    assertThat(run("admin", "grant", "ROOT@example.org", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("granted the admin role to ROOT@example.org");
    try (Quire quire = Quire.open(config)) {
      assertThat(quire.accounts().users().findByEmail("root@example.org").orElseThrow().admin())
          .isTrue();
    }
    assertThatThrownBy(() -> run("admin", "grant", "nobody@example.org", "--data", dir.toString()))
        .hasMessage("no account has the email nobody@example.org");
    assertThatThrownBy(() -> run("admin", "promote", "x"))
        .hasMessageContaining("usage: quire admin");
  }

  @Test
  void reindexRebuildsTheSearchIndexFromTheDatabase() throws java.io.IOException {
    String file = SharedData.require("hf-daily-papers/2026-08-21.json").toString();
    java.nio.file.Files.writeString(dir.resolve("quire.properties"), "search.semantic=false\n");
    assertThat(run("ingest", "--data", dir.toString(), file)).isZero();
    out.reset();
    assertThat(run("reindex", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("ready: 17 of 17 papers indexed");
    assertThat(dir.resolve("index")).isDirectory();
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
