package dev.quire.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code quire eval --beir DIR}: indexes a BEIR dataset into a temporary index with the production
 * pipeline (analyzers, embedder, HNSW, fusion) and prints nDCG@10, Recall@100 and MRR@10 per
 * ranking method. As BEIR does, a document with the query's own id is not counted.
 */
public final class BeirEvaluation {
  static final int DEPTH = 100;

  private BeirEvaluation() {}

  /** Mean metrics of one method. */
  record Scores(double ndcg10, double recall100, double mrr10) {
    String line(String method) {
      return String.format(
          "%s nDCG@10=%.4f Recall@100=%.4f MRR@10=%.4f", method, ndcg10, recall100, mrr10);
    }
  }

  /** Runs the evaluation and prints one line per method to {@code out}, progress to {@code err}. */
  public static void run(
      Path dir, int maxQueries, String fusion, PrintStream out, PrintStream err) {
    BeirDataset data = new BeirDataset(dir);
    Path tmp;
    try {
      tmp = Files.createTempDirectory("quire-eval");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OnnxEmbedder embedder = OnnxEmbedder.load();
        PaperIndex index = PaperIndex.open(tmp)) {
      long t0 = System.nanoTime();
      int docs = indexCorpus(data, index, embedder, err);
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(
          "indexed %,d documents in %.1f s (%.1f docs/s with embedding)%n",
          docs, seconds, docs / seconds);
      index.commit(Map.of());
      Map<String, Map<String, Integer>> qrels = data.qrels();
      Map<String, String> queries = data.queries();
      List<String> ids = new ArrayList<>();
      for (String q : qrels.keySet()) {
        if (queries.containsKey(q) && ids.size() < maxQueries) {
          ids.add(q);
        }
      }
      err.printf("evaluating %,d queries%n", ids.size());
      LuceneQueries lq = new LuceneQueries(Analyzers.index());
      Map<String, float[]> vectors = new java.util.HashMap<>();
      for (String q : ids) {
        vectors.put(q, embedder.embedQuery(queries.get(q)));
      }
      Fusion chosen = fusion(fusion);
      HybridSearcher searcher = new HybridSearcher(index, lq, chosen);
      out.println(
          evaluate(searcher, RankingMethod.BM25, ids, queries, vectors, qrels).line("bm25"));
      out.println(
          evaluate(searcher, RankingMethod.DENSE, ids, queries, vectors, qrels).line("dense"));
      out.println(
          evaluate(searcher, RankingMethod.HYBRID, ids, queries, vectors, qrels).line("hybrid"));
      for (String alt : List.of("rrf", "weighted:0.3", "weighted:0.5", "weighted:0.7")) {
        HybridSearcher s = new HybridSearcher(index, lq, fusion(alt));
        err.println(
            evaluate(s, RankingMethod.HYBRID, ids, queries, vectors, qrels)
                .line("  hybrid[" + alt + "]"));
      }
    } finally {
      delete(tmp);
    }
  }

  static Fusion fusion(String spec) {
    if (spec.equals("rrf")) {
      return Fusion.rrf();
    }
    if (spec.startsWith("weighted")) {
      float w = spec.contains(":") ? Float.parseFloat(spec.substring(spec.indexOf(':') + 1)) : 0.5f;
      return new Fusion(Fusion.Mode.WEIGHTED, w);
    }
    throw new IllegalArgumentException("--fusion must be rrf or weighted[:W]; got '" + spec + "'");
  }

  static Scores evaluate(
      HybridSearcher searcher,
      RankingMethod method,
      List<String> ids,
      Map<String, String> queries,
      Map<String, float[]> vectors,
      Map<String, Map<String, Integer>> qrels) {
    double ndcg = 0;
    double recall = 0;
    double mrr = 0;
    for (String q : ids) {
      List<String> ranking = new ArrayList<>();
      for (PaperIndex.Hit h :
          searcher
              .rank(
                  SearchQuery.words(queries.get(q)),
                  SearchSort.RELEVANCE,
                  method,
                  vectors.get(q),
                  DEPTH + 1)
              .hits()) {
        if (!h.id().equals(q)) {
          ranking.add(h.id());
        }
      }
      Map<String, Integer> rel = qrels.get(q);
      ndcg += RankingMetrics.ndcg(ranking, rel, 10);
      recall += RankingMetrics.recall(ranking, rel, DEPTH);
      mrr += RankingMetrics.mrr(ranking, rel, 10);
    }
    int n = Math.max(1, ids.size());
    return new Scores(ndcg / n, recall / n, mrr / n);
  }

  private static int indexCorpus(
      BeirDataset data, PaperIndex index, Embedder embedder, PrintStream err) {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    long[] lastReport = {start};
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 4);
    data.corpus(
        doc -> {
          inFlight.acquireUninterruptibly();
          pool.execute(
              () -> {
                try {
                  float[] v = embedder.embedDocument(doc.title(), doc.text());
                  index.putText(doc.id(), doc.title(), doc.text(), v);
                  int n = done.incrementAndGet();
                  long now = System.nanoTime();
                  if (now - lastReport[0] > 15_000_000_000L) {
                    lastReport[0] = now;
                    err.printf(
                        "embedded %,d documents, %.1f docs/s%n", n, n / ((now - start) / 1e9));
                  }
                } finally {
                  inFlight.release();
                }
              });
        });
    pool.shutdown();
    try {
      pool.awaitTermination(7, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return done.get();
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temporary files; the OS cleans up
    }
  }
}
