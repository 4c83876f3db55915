package dev.quire.eval;

import dev.quire.search.Fusion;
import dev.quire.search.lucene.RankingLab;
import dev.quire.search.solr.SolrClients;
import dev.quire.search.solr.SolrCollections;
import dev.quire.search.solr.SolrRankingLab;
import dev.quire.search.solr.SolrSettings;
import dev.quire.testing.SolrCloudProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * The engine an evaluation ranks with: the embedded engine's index in a folder, or a SolrCloud
 * collection (an existing cluster's, or a local 2-node cluster started for the run).
 */
interface EvalEngine extends AutoCloseable {
  /** Indexes one document; {@code vector} may be null. Safe from several threads. */
  void putText(String id, String title, String body, float[] vector);

  /** Makes every document searchable. */
  void commit();

  /** Rankings with this fusion. */
  RankingLab.Ranker ranker(Fusion fusion);

  @Override
  void close();

  /** The embedded engine, its index in {@code dir}. */
  static EvalEngine lucene(Path dir) {
    RankingLab lab = RankingLab.open(dir);
    return new EvalEngine() {
      @Override
      public void putText(String id, String title, String body, float[] vector) {
        lab.putText(id, title, body, vector);
      }

      @Override
      public void commit() {
        lab.commit();
      }

      @Override
      public RankingLab.Ranker ranker(Fusion fusion) {
        return lab.ranker(fusion);
      }

      @Override
      public void close() {
        lab.close();
      }
    };
  }

  /** Shards and replicas of the evaluation's collection. */
  int SHARDS = 2;

  int REPLICAS = 2;

  /**
   * A fresh collection {@code quire-eval} (2 shards x 2 replicas) on SolrCloud at {@code zkHosts},
   * or on a local 2-node SolrCloud started under {@code dir} when {@code zkHosts} is null.
   */
  static EvalEngine solr(String zkHosts, Path dir, PrintStream err) {
    SolrCloudProcess cloud = null;
    try {
      if (zkHosts == null) {
        err.println("starting a local SolrCloud (2 nodes, ZooKeeper) ...");
        cloud = SolrCloudProcess.start(2, dir.resolve("solr"));
        zkHosts = cloud.zkHost();
      }
      CloudSolrClient client =
          SolrClients.open(new SolrSettings(true, zkHosts, List.of(), "quire-eval"));
      err.println(SolrCollections.init(client, "quire-eval", SHARDS, REPLICAS));
      client.deleteByQuery("*:*");
      client.commit();
      SolrRankingLab lab = new SolrRankingLab(client);
      SolrCloudProcess started = cloud;
      return new EvalEngine() {
        @Override
        public void putText(String id, String title, String body, float[] vector) {
          lab.putText(id, title, body, vector);
        }

        @Override
        public void commit() {
          lab.commit();
        }

        @Override
        public RankingLab.Ranker ranker(Fusion fusion) {
          return (query, method, vector, depth) -> lab.rank(fusion, query, method, vector, depth);
        }

        @Override
        public void close() {
          try {
            client.close();
          } catch (IOException e) {
            // closing anyway
          }
          if (started != null) {
            started.close();
          }
        }
      };
    } catch (IOException | SolrServerException e) {
      if (cloud != null) {
        cloud.close();
      }
      throw new UncheckedIOException(new IOException("SolrCloud: " + e.getMessage(), e));
    }
  }
}
