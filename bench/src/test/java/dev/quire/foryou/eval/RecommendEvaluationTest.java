package dev.quire.foryou.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.embed.HashingEmbedder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated-reader protocol on a small synthetic listing with the word-bag stand-in model. */
class RecommendEvaluationTest {
  static final String[][] TOPICS = {
    {"cs.CL", "language model tokens translation grammar"},
    {"cs.CV", "image pixels segmentation camera vision"},
    {"quant-ph", "qubit entanglement quantum gates decoherence"},
    {"hep-th", "string theory branes holography gauge"},
    {"math.AG", "varieties schemes sheaves cohomology algebraic"}
  };

  @TempDir Path dir;

  @Test
  void itPrintsTheSeedAndEveryMethodForBothKindsOfReaderAndCachesVectors() throws Exception {
    long seed = 99;
    System.out.println("seed " + seed);
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    LocalDate start = LocalDate.parse("2026-03-30");
    for (int i = 0; i < 900; i++) {
      String[] t = TOPICS[i % TOPICS.length];
      LocalDate day = start.plusDays(random.nextInt(42));
      String words = t[1] + " " + t[1].split(" ")[random.nextInt(5)] + " paper " + i;
      lines.add(
          "{\"id\":\"2604."
              + String.format("%05d", i)
              + "\",\"title\":\""
              + words
              + "\",\"abstract\":\"We study "
              + words
              + ".\",\"categories\":\""
              + t[0]
              + "\",\"update_date\":\""
              + day
              + "\"}");
    }
    Path file = dir.resolve("listing.jsonl");
    Files.write(file, lines);
    RecommendEvaluation.Options options =
        new RecommendEvaluation.Options(
            List.of(file),
            dir.resolve("no-upvotes"),
            start,
            4,
            400,
            300,
            seed,
            dir.resolve("scratch"),
            1);
    HashingEmbedder embedder = new HashingEmbedder();

    String first = run(options, embedder);
    int embedded = embedder.documents.get();
    String second = run(options, embedder);

    assertThat(first)
        .startsWith("seed 99")
        .contains("8 readers (4 single-interest, 4 two-interest)");
    for (String method : List.of("newest", "trending", "centroid", "tfidf-svm", "for-you")) {
      assertThat(first).containsPattern("single-interest +" + method + " +[01]\\.\\d{4}");
      assertThat(first).containsPattern("two-interest +" + method + " +[01]\\.\\d{4}");
    }
    assertThat(second).isEqualTo(first);
    assertThat(embedder.documents.get()).as("vectors come from the cache").isEqualTo(embedded);
  }

  private static String run(RecommendEvaluation.Options options, HashingEmbedder embedder) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecommendEvaluation.run(
        options,
        embedder,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ndcgAndPrecisionCountOnlyTheTopK() {
    List<String> ranking = List.of("a", "x", "b", "y");
    assertThat(RecommendEvaluation.precision(ranking, java.util.Set.of("a", "b"), 2))
        .isEqualTo(0.5);
    assertThat(RecommendEvaluation.ndcg(List.of("a", "b"), java.util.Set.of("a", "b"), 20))
        .isEqualTo(1.0);
    assertThat(RecommendEvaluation.ndcg(ranking, java.util.Set.of("b"), 2)).isZero();
  }
}
