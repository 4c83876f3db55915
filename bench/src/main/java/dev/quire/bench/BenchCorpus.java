package dev.quire.bench;

import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.Importer;
import dev.quire.ingest.ProgressListener;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.embed.TextHash;
import dev.quire.search.embed.VectorRepository;
import dev.quire.search.embed.Vectors;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The corpus of {@code quire bench search}: the real listings, synthetic fill up to the wanted
 * size, a subset embedded with the model and perturbed copies of those vectors for the rest.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  /** Imports, fills, embeds and stores vectors; returns the embedded papers' titles. */
  static List<String> build(
      SearchBenchmark.Options o,
      PaperRepository papers,
      PaperStore store,
      VectorRepository vectors,
      OnnxEmbedder embedder,
      Path dir,
      PrintStream out,
      PrintStream err) {
    Random rnd = new Random(SearchBenchmark.SEED);
    ImportSummary imported =
        new Importer(store, dir, ProgressListener.NONE).importPaths(List.of(o.listings()), null);
    int real = papers.countPapers();
    err.printf("imported %,d real papers in %.1f s%n", real, imported.elapsed().toMillis() / 1e3);
    List<Paper> all = allPapers(papers);
    int synthetic = fill(store, all, o.total() - real, rnd);
    all = allPapers(papers);
    out.printf(
        Locale.ROOT, "corpus: %,d papers (%,d real, %,d synthetic)%n", all.size(), real, synthetic);
    List<Paper> realPapers =
        new ArrayList<>(all.stream().filter(p -> !p.id().startsWith("9")).toList());
    java.util.Collections.shuffle(realPapers, rnd);
    List<Paper> toEmbed =
        new ArrayList<>(realPapers.subList(0, Math.min(o.embedCount(), realPapers.size())));
    Map<String, float[]> embedded = embed(embedder, toEmbed, out, err);
    storeVectors(vectors, embedder.model(), all, embedded, rnd);
    return toEmbed.stream().map(Paper::title).toList();
  }

  static List<Paper> allPapers(PaperRepository papers) {
    List<Paper> out = new ArrayList<>();
    String after = null;
    while (true) {
      List<Paper> page = papers.page(after, 5000);
      if (page.isEmpty()) {
        return out;
      }
      out.addAll(page);
      after = page.get(page.size() - 1).id();
    }
  }

  /** Synthetic papers (ids 9xxx.xxxxx) whose words are drawn from the real abstracts. */
  private static int fill(PaperStore papers, List<Paper> real, int count, Random rnd) {
    if (count <= 0) {
      return 0;
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < Math.min(5000, real.size()); i++) {
      words.addAll(Arrays.asList(real.get(i).abstractText().split("\\s+")));
    }
    List<Paper> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format(Locale.ROOT, "9%03d.%05d", i / 99_999 + 1, i % 99_999 + 1);
      batch.add(
          PaperBuilder.paper(id)
              .title(sentence(words, rnd, 6 + rnd.nextInt(8)))
              .abstractText(sentence(words, rnd, 120 + rnd.nextInt(120)))
              .authors(List.of(Author.named("Synthetic Author " + rnd.nextInt(5000))))
              .categories(List.of("cs.LG"))
              .primaryCategory("cs.LG")
              .publishedAt(
                  Instant.parse("2025-01-01T00:00:00Z").plusSeconds(rnd.nextInt(50_000_000)))
              .upvotes(rnd.nextInt(20))
              .build());
      if (batch.size() == 2000) {
        papers.writeBatch(List.of(), batch, List.of());
        batch.clear();
      }
    }
    papers.writeBatch(List.of(), batch, List.of());
    return count;
  }

  private static String sentence(List<String> words, Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(words.get(rnd.nextInt(words.size())));
    }
    return sb.toString();
  }

  private static Map<String, float[]> embed(
      Embedder embedder, List<Paper> papers, PrintStream out, PrintStream err) {
    int threads = Runtime.getRuntime().availableProcessors();
    Map<String, float[]> result = new java.util.concurrent.ConcurrentHashMap<>();
    double s =
        SearchBenchmark.secondsInParallel(
            threads,
            papers.stream()
                .<Runnable>map(
                    p ->
                        () ->
                            result.put(p.id(), embedder.embedDocument(p.title(), p.abstractText())))
                .toList());
    out.printf(
        Locale.ROOT,
        "embedding: %,d real papers (title + abstract, <= 512 tokens) in %.1f s = %.1f papers/s with %d threads%n",
        papers.size(),
        s,
        papers.size() / s,
        threads);
    return result;
  }

  /** Real vectors where embedded; elsewhere a real vector plus noise, renormalised. */
  private static void storeVectors(
      VectorRepository vectors,
      String model,
      List<Paper> all,
      Map<String, float[]> embedded,
      Random rnd) {
    List<float[]> base = new ArrayList<>(embedded.values());
    Map<String, VectorRepository.Stored> batch = new HashMap<>();
    for (Paper p : all) {
      float[] v = embedded.get(p.id());
      if (v == null) {
        float[] b = base.get(rnd.nextInt(base.size()));
        v = new float[b.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = b[i] + (float) (rnd.nextGaussian() * 0.5 / Math.sqrt(v.length));
        }
        Vectors.normalize(v);
      }
      batch.put(p.id(), new VectorRepository.Stored(TextHash.of(p.title(), p.abstractText()), v));
      if (batch.size() == 2000) {
        vectors.put(model, batch);
        batch.clear();
      }
    }
    vectors.put(model, batch);
  }
}
