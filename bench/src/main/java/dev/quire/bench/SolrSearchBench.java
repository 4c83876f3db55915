package dev.quire.bench;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.Fusion;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.VectorRepository;
import dev.quire.search.solr.SolrClients;
import dev.quire.search.solr.SolrCollections;
import dev.quire.search.solr.SolrDocuments;
import dev.quire.search.solr.SolrPaperSearch;
import dev.quire.search.solr.SolrSettings;
import dev.quire.testing.SolrCloudProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;

/**
 * {@code quire bench search --engine solr}: the benchmark's corpus, vectors as stored, in a local
 * SolrCloud (2 nodes, 2 shards x 2 replicas, ZooKeeper, in a child JVM on the same machine), and
 * the same queries' latency through {@link SolrPaperSearch}, one thread.
 */
final class SolrSearchBench {
  private static final int BATCH = 1_000;

  private SolrSearchBench() {}

  /** The latency lines of each method on SolrCloud, printed beside the embedded engine's. */
  static void run(
      PaperRepository papers,
      VectorRepository vectors,
      Embedder embedder,
      List<String> queries,
      int warmup,
      int rounds,
      Path dir,
      PrintStream out,
      PrintStream err) {
    BenchSupport.delete(dir.resolve("solr")); // a fresh cluster each run (a kept corpus's dir)
    try (SolrCloudProcess cloud =
            SolrCloudProcess.start(2, dir.resolve("solr"), SolrCloudProcess.BENCH_JVM);
        CloudSolrClient client =
            SolrClients.open(new SolrSettings(true, cloud.zkHost(), List.of(), "bench"))) {
      err.println(SolrCollections.init(client, "bench", 2, 2));
      long t0 = System.nanoTime();
      String after = "";
      int sent = 0;
      for (List<Paper> page = papers.page(after, BATCH);
          !page.isEmpty();
          page = papers.page(after, BATCH)) {
        Map<String, float[]> v =
            vectors.vectorsOf(page.stream().map(Paper::id).toList(), embedder.model());
        List<SolrInputDocument> docs = new ArrayList<>(page.size());
        for (Paper p : page) {
          docs.add(SolrDocuments.paper(p, v.get(p.id())));
        }
        client.add(docs);
        sent += docs.size();
        after = page.get(page.size() - 1).id();
      }
      client.commit();
      out.printf(
          Locale.ROOT,
          "solr: %,d papers indexed into 2 shards x 2 replicas (2 nodes) in %.1f s%n",
          sent,
          (System.nanoTime() - t0) / 1e9);
      SolrPaperSearch search =
          new SolrPaperSearch(papers, vectors, client, embedder, Fusion.standard());
      for (RankingMethod m : RankingMethod.values()) {
        latency(search, m, queries, warmup); // warm-up round, not reported
      }
      for (RankingMethod m : RankingMethod.values()) {
        List<long[]> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          all.add(latency(search, m, queries, warmup));
        }
        out.printf(
            Locale.ROOT,
            "solr %-6s latency over %d queries (one thread), median of %d rounds: p50 %.2f ms, p99 %.2f ms%n",
            m.name().toLowerCase(Locale.ROOT),
            all.get(0).length,
            rounds,
            median(all, 50),
            median(all, 99));
      }
      sizes(client, dir.resolve("solr"), out);
    } catch (IOException | SolrServerException e) {
      throw new IllegalStateException("SolrCloud benchmark failed: " + e.getMessage(), e);
    }
  }

  /** Documents and bytes on disk of each shard copy (committed segments, not merged). */
  private static void sizes(CloudSolrClient client, Path solrDir, PrintStream out)
      throws IOException, SolrServerException {
    Map<String, Long> cores = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(solrDir)) {
      for (Path f : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
        String path = f.toString();
        int i = path.indexOf("bench_shard");
        if (i >= 0 && path.contains("/data/index/")) {
          String core = path.substring(i, path.indexOf('/', i));
          try {
            cores.merge(core, java.nio.file.Files.size(f), Long::sum);
          } catch (java.nio.file.NoSuchFileException mergedAway) {
            // a background merge removed it meanwhile
          }
        }
      }
    }
    for (String shard : List.of("shard1", "shard2")) {
      org.apache.solr.client.solrj.SolrQuery q =
          new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0);
      q.set("shards", shard);
      long docs = client.query("bench", q).getResults().getNumFound();
      long bytes =
          cores.entrySet().stream()
              .filter(e -> e.getKey().contains(shard + "_"))
              .mapToLong(Map.Entry::getValue)
              .max()
              .orElse(0);
      out.printf(
          Locale.ROOT,
          "solr %s: %,d documents, %.1f MB on disk per copy (largest copy, segments as they are, not merged; %.2f KB per document)%n",
          shard,
          docs,
          bytes / 1e6,
          docs == 0 ? 0 : bytes / 1e3 / docs);
    }
  }

  private static long[] latency(
      SolrPaperSearch search, RankingMethod m, List<String> queries, int warmup) {
    search.clearQueryCache();
    long[] nanos = new long[queries.size() - warmup];
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      search.search(SearchQuery.words(queries.get(i)), SearchSort.RELEVANCE, m, 0, 10, true);
      if (i >= warmup) {
        nanos[i - warmup] = System.nanoTime() - t;
      }
      if (i == warmup - 1) {
        search.clearQueryCache();
      }
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double median(List<long[]> rounds, int p) {
    double[] v =
        rounds.stream()
            .mapToDouble(
                r ->
                    r[
                            Math.max(
                                0,
                                Math.min(r.length - 1, (int) Math.ceil(p / 100.0 * r.length) - 1))]
                        / 1e6)
            .sorted()
            .toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
