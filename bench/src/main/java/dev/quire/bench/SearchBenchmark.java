package dev.quire.bench;

import dev.quire.app.Config;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.EmbeddingJob;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.embed.VectorRepository;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.system.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code quire bench search}: imports the real listings into a temporary SQLite database, fills up
 * to the wanted size with synthetic papers, embeds a subset with the model (measuring papers/s) and
 * gives every other paper a perturbed copy of a real vector, builds the index from the database,
 * then measures search latency (query embedding included) and throughput per ranking method.
 */
public final class SearchBenchmark {
  static final long SEED = 20260904L;
  static final int WARMUP = 50;

  private SearchBenchmark() {}

  /**
   * What to measure.
   *
   * @param listings the Kaggle-layout listings
   * @param total corpus size (synthetic papers fill up to it)
   * @param embedCount papers embedded with the model (the embedding rate; their titles are the
   *     queries)
   * @param queryCount measured queries per method and round
   * @param rounds latency rounds; each percentile is reported as the median over rounds
   * @param keep a data directory to build the corpus in and keep, or reuse when it holds one
   *     already (then nothing is embedded); null for a temporary one
   */
  public record Options(
      Path listings,
      int total,
      int embedCount,
      int queryCount,
      int rounds,
      Path keep,
      String engine) {}

  /** Runs the benchmark; results on {@code out}, progress on {@code err}. */
  public static void run(Options o, PrintStream out, PrintStream err) {
    Path dir = o.keep() == null ? BenchSupport.tempDir("quire-search-bench-") : o.keep();
    out.printf(
        Locale.ROOT,
        "bench search: seed %d, %s, %d cores, heap max %d MB%n",
        SEED,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Config config = Config.load(Map.of("data", dir.toString(), "sample", "false"), Map.of());
    try (Database db = Database.open(config.database());
        OnnxEmbedder embedder = OnnxEmbedder.load()) {
      PaperRepository papers = new PaperRepository(db.jdbi());
      VectorRepository vectors = new VectorRepository(db.jdbi());
      Path queryFile = dir.resolve("bench-queries.txt");
      List<String> titles;
      if (Files.exists(queryFile) && vectors.count(embedder.model()) >= papers.countPapers()) {
        titles = Files.readAllLines(queryFile);
        out.printf(
            Locale.ROOT,
            "corpus: %,d papers kept in %s (nothing embedded: no embedding rate this run)%n",
            papers.countPapers(),
            dir);
      } else {
        titles =
            BenchCorpus.build(
                o, papers, new PaperStore(db.jdbi(), papers), vectors, embedder, dir, out, err);
        Files.write(queryFile, titles);
      }
      Path indexDir = dir.resolve("index");
      long t0 = System.nanoTime();
      try (LuceneSearch search =
          LuceneSearch.open(papers, vectors, indexDir, embedder, 1, line -> {})) {
        search.syncNow(err::println);
        long buildNanos = System.nanoTime() - t0;
        out.printf(
            Locale.ROOT,
            "index ready (built from the database if missing or stale): %,d papers with vectors in %.1f s, index %d MB on disk%n",
            search.status().withVectors(),
            buildNanos / 1e9,
            size(indexDir) >> 20);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < o.queryCount() + WARMUP; i++) {
          queries.add(titles.get(i % titles.size()));
        }
        Map<RankingMethod, List<long[]>> rounds = new java.util.EnumMap<>(RankingMethod.class);
        for (RankingMethod m : RankingMethod.values()) {
          latency(search, m, queries); // warm-up round (JIT, page cache), not reported
        }
        for (int r = 0; r < o.rounds(); r++) {
          // methods alternate within each round, so drift on a shared machine touches all alike
          for (RankingMethod m : RankingMethod.values()) {
            rounds.computeIfAbsent(m, k -> new ArrayList<>()).add(latency(search, m, queries));
          }
        }
        rounds.forEach((m, r) -> report(m, r, out));
        if ("solr".equals(o.engine())) {
          SolrSearchBench.run(
              papers, vectors, embedder, queries, WARMUP, o.rounds(), dir, out, err);
        }
        for (RankingMethod m : RankingMethod.values()) {
          throughput(search, m, queries, out);
        }
        jobVersusModel(papers, search, embedder, o.embedCount(), out);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf(
            Locale.ROOT,
            "memory: heap used after GC %d MB (max %d MB), RSS %s%n",
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            rt.maxMemory() >> 20,
            rss());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (o.keep() == null) {
        BenchSupport.delete(dir);
      }
    }
  }

  /**
   * The background embedding job (database reads and writes, index updates) on real papers, against
   * the model alone on the same papers just before and after: what the pipeline loses.
   */
  private static void jobVersusModel(
      PaperRepository papers, LuceneSearch search, Embedder embedder, int count, PrintStream out) {
    List<Paper> sample = new ArrayList<>(BenchCorpus.allPapers(papers));
    sample.removeIf(p -> p.id().startsWith("9")); // real papers only
    java.util.Collections.shuffle(sample, new Random(SEED + 1));
    sample = List.copyOf(sample.subList(0, Math.min(count, sample.size())));
    int threads = Runtime.getRuntime().availableProcessors();
    List<Runnable> modelOnly =
        sample.stream()
            .<Runnable>map(p -> () -> embedder.embedDocument(p.title(), p.abstractText()))
            .toList();
    double before = secondsInParallel(threads, modelOnly);
    double job;
    try (EmbeddingJob j = search.newEmbeddingJob(embedder, threads, l -> {})) {
      j.start();
      long t = System.nanoTime();
      j.enqueueAgain(sample.stream().map(Paper::id).toList());
      if (!j.awaitIdle(600_000)) {
        throw new IllegalStateException("the embedding job did not finish in 10 minutes");
      }
      job = (System.nanoTime() - t) / 1e9;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    double after = secondsInParallel(threads, modelOnly);
    double model = sample.size() / ((before + after) / 2);
    out.printf(
        Locale.ROOT,
        "embedding job (database + index, %d workers): %,d papers in %.1f s = %.1f papers/s; the model alone on the same papers: %.1f papers/s (before %.1f, after %.1f); job/model %.2f%n",
        threads,
        sample.size(),
        job,
        sample.size() / job,
        model,
        sample.size() / before,
        sample.size() / after,
        (sample.size() / job) / model);
  }

  /** One round: the sorted latencies of the measured queries (after a warm-up). */
  private static long[] latency(LuceneSearch search, RankingMethod m, List<String> queries) {
    search.clearQueryCache();
    long[] nanos = new long[queries.size() - WARMUP];
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      search.search(SearchQuery.words(queries.get(i)), SearchSort.RELEVANCE, m, 0, 10, true);
      if (i >= WARMUP) {
        nanos[i - WARMUP] = System.nanoTime() - t;
      }
      if (i == WARMUP - 1) {
        search.clearQueryCache();
      }
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static void report(RankingMethod m, List<long[]> rounds, PrintStream out) {
    StringBuilder p50s = new StringBuilder();
    for (long[] r : rounds) {
      p50s.append(p50s.isEmpty() ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.2f", pct(r, 50)));
    }
    out.printf(
        Locale.ROOT,
        "%-6s latency over %d queries (one thread), median of %d rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (p50 per round: %s)%n",
        m.name().toLowerCase(Locale.ROOT),
        rounds.get(0).length,
        rounds.size(),
        medianOf(rounds, 50),
        medianOf(rounds, 95),
        medianOf(rounds, 99),
        medianOf(rounds, 100),
        p50s);
  }

  private static double medianOf(List<long[]> rounds, int p) {
    double[] v = rounds.stream().mapToDouble(r -> pct(r, p)).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void throughput(
      LuceneSearch search, RankingMethod m, List<String> queries, PrintStream out) {
    search.clearQueryCache();
    int threads = Runtime.getRuntime().availableProcessors();
    double s =
        secondsInParallel(
            threads,
            queries.stream()
                .<Runnable>map(
                    q ->
                        () ->
                            search.search(
                                SearchQuery.words(q), SearchSort.RELEVANCE, m, 0, 10, true))
                .toList());
    out.printf(
        Locale.ROOT,
        "%-6s throughput with %d threads: %.0f queries/s%n",
        m.name().toLowerCase(Locale.ROOT),
        threads,
        queries.size() / s);
  }

  /** Runs the tasks on a pool of {@code threads} and returns the wall time in seconds. */
  static double secondsInParallel(int threads, List<Runnable> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return line.substring(6).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "unknown (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
  }

  private static long size(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }
}
