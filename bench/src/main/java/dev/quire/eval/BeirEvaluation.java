package dev.quire.eval;

import dev.quire.search.Fusion;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.lucene.RankingLab;
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

  /**
   * What to evaluate.
   *
   * @param dir the dataset folder
   * @param split the qrels split (null: test when present, else the only one)
   * @param maxQueries at most this many queries
   * @param fusion the hybrid's fusion ({@link #fusion(String)})
   * @param methods the methods to print (bm25 alone needs no embedding)
   * @param cache the folder of the vector cache, or null for none
   * @param engine {@code lucene} (the embedded engine) or {@code solr}
   * @param zkHosts SolrCloud's ZooKeeper, or null to start a local SolrCloud (engine solr)
   */
  public record Options(
      Path dir,
      String split,
      int maxQueries,
      String fusion,
      java.util.Set<RankingMethod> methods,
      Path cache,
      String engine,
      String zkHosts) {}

  /** The vector cache's default folder, for the usage line. */
  public static Path defaultCache() {
    return EvalVectorCache.defaultDir();
  }

  /** The methods named in a comma list ("bm25,dense,hybrid"). */
  public static java.util.Set<RankingMethod> methods(String list) {
    java.util.Set<RankingMethod> out = java.util.EnumSet.noneOf(RankingMethod.class);
    for (String m : list.split(",")) {
      try {
        out.add(RankingMethod.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--methods takes bm25, dense and hybrid; got '" + m.strip() + "'", e);
      }
    }
    return out;
  }

  /** Runs the evaluation and prints one line per method to {@code out}, progress to {@code err}. */
  public static void run(Options o, PrintStream out, PrintStream err) {
    BeirDataset data = new BeirDataset(o.dir());
    String split = data.split(o.split());
    Fusion chosen = fusion(o.fusion());
    boolean needsVectors = !o.methods().equals(java.util.EnumSet.of(RankingMethod.BM25));
    Path tmp;
    try {
      tmp = Files.createTempDirectory("quire-eval");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Embedder embedder = null;
    try (EvalEngine index =
        "solr".equals(o.engine())
            ? EvalEngine.solr(o.zkHosts(), tmp, err)
            : EvalEngine.lucene(tmp)) {
      if (needsVectors) {
        embedder =
            o.cache() == null
                ? OnnxEmbedder.load()
                : EvalVectorCache.open(OnnxEmbedder.load(), o.cache());
      }
      long t0 = System.nanoTime();
      int docs = indexCorpus(data, index, embedder, err);
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(
          "indexed %,d documents in %.1f s (%.1f docs/s%s)%n",
          docs, seconds, docs / seconds, embedder == null ? ", no vectors" : " with embedding");
      index.commit();
      Map<String, Map<String, Integer>> qrels = data.qrels(split);
      Map<String, String> queries = data.queries();
      List<String> ids = new ArrayList<>();
      for (String q : qrels.keySet()) {
        if (queries.containsKey(q) && ids.size() < o.maxQueries()) {
          ids.add(q);
        }
      }
      err.printf("evaluating %,d queries of split %s%n", ids.size(), split);
      Map<String, float[]> vectors = new java.util.HashMap<>();
      if (embedder != null) {
        for (String q : ids) {
          vectors.put(q, embedder.embedQuery(queries.get(q)));
        }
      }
      if (embedder instanceof EvalVectorCache c) {
        err.println(c.describe());
      }
      RankingLab.Ranker searcher = index.ranker(chosen);
      for (RankingMethod m : o.methods()) {
        out.println(
            evaluate(searcher, m, ids, queries, vectors, qrels)
                .line(m.name().toLowerCase(java.util.Locale.ROOT)));
      }
      if (o.methods().contains(RankingMethod.HYBRID)) {
        for (String alt : ALTERNATIVES) {
          RankingLab.Ranker s = index.ranker(fusion(alt));
          err.println(
              evaluate(s, RankingMethod.HYBRID, ids, queries, vectors, qrels)
                  .line("  hybrid[" + alt + "]"));
        }
      }
    } finally {
      if (embedder != null) {
        embedder.close();
      }
      delete(tmp);
    }
  }

  /** Other fusions printed on stderr beside the chosen one. */
  static final List<String> ALTERNATIVES =
      List.of("rrf", "convex:0.2", "convex:0.4", "convex:0.5", "weighted:0.5");

  static Fusion fusion(String spec) {
    return Fusion.parse(spec);
  }

  static Scores evaluate(
      RankingLab.Ranker searcher,
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
      for (String id :
          searcher.rank(SearchQuery.words(queries.get(q)), method, vectors.get(q), DEPTH + 1)) {
        if (!id.equals(q)) {
          ranking.add(id);
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
      BeirDataset data, EvalEngine index, Embedder embedder, PrintStream err) {
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
                  float[] v =
                      embedder == null ? null : embedder.embedDocument(doc.title(), doc.text());
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
