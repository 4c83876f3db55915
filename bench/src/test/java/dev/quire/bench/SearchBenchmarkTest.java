package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.SharedData;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchmarkTest {
  @TempDir Path dir;

  /** The first {@code n} records of the real listings, as a small file of the same layout. */
  private Path listings(int n) throws Exception {
    Path small = dir.resolve("small.jsonl.gz");
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(
                        Files.newInputStream(
                            SharedData.require("arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz"))),
                    StandardCharsets.UTF_8));
        Writer out =
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(small)), StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        out.write(in.readLine());
        out.write('\n');
      }
    }
    return small;
  }

  private String run(SearchBenchmark.Options o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SearchBenchmark.run(
        o,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void benchSearchReportsEveryMethodAndTheEmbeddingJobAndReusesAKeptCorpus() throws Exception {
    Path file = listings(200);
    Path keep = Files.createDirectories(dir.resolve("kept"));
    SearchBenchmark.Options o = new SearchBenchmark.Options(file, 250, 8, 8, 2, keep, "lucene");

    String first = run(o);
    assertThat(first)
        .contains("corpus: 250 papers (200 real, 50 synthetic)")
        .containsPattern("embedding: 8 real papers .* papers/s with \\d+ threads")
        .contains("bm25   latency over 8 queries (one thread), median of 2 rounds")
        .contains("dense  latency over 8 queries")
        .contains("hybrid latency over 8 queries")
        .containsPattern("hybrid throughput with \\d+ threads")
        .containsPattern(
            "embedding job \\(database \\+ index, \\d+ workers\\): 8 papers in .* job/model")
        .contains("memory: heap used after GC");

    String again = run(o);
    assertThat(again)
        .contains("corpus: 250 papers kept in " + keep)
        .doesNotContain("embedding: 8 real papers")
        .contains("hybrid latency over 8 queries");
  }
}
