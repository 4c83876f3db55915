package dev.quire.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.testing.SolrCloudProcess;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** Against a real 2-node SolrCloud (a child JVM): the configset, the collection, the documents. */
class SolrCollectionsTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path dir;

  static SolrCloudProcess cloud;
  static CloudSolrClient client;

  @BeforeAll
  static void startSolrCloud() throws Exception {
    cloud = SolrCloudProcess.start(2, dir);
    client = SolrClients.open(new SolrSettings(true, cloud.zkHost(), List.of(), "papers"));
  }

  @AfterAll
  static void stopSolrCloud() {
    if (client != null) {
      SolrClients.closeQuietly(client);
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void initCreatesTheCollectionOnceAndPapersBecomeSearchableWithQuireAnalysis() throws Exception {
    String first = SolrCollections.init(client, "papers", 2, 2);
    assertThat(first).contains("created collection papers").contains("2 shards x 2 replicas");
    assertThat(SolrCollections.init(client, "papers", 2, 2))
        .contains("already exists with schema quire-1");

    Paper p =
        new Paper(
            "2401.00001",
            "Transformers for Müller's networks",
            "We study attention in graph networks.",
            List.of(new Author("Jörg Müller", null)),
            List.of("cs.LG", "stat.ML", "68T05"),
            "cs.LG",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            Instant.parse("2024-01-02T10:00:00Z"),
            null,
            3,
            0,
            null,
            List.of(),
            null,
            null,
            null,
            "DeepMind",
            false,
            false,
            0);
    float[] v = new float[384];
    v[0] = 1f;
    client.add(SolrDocuments.paper(p, v));
    client.commit();

    // English stemming on text, folding on authors, lower-cased categories with their archive
    for (String q :
        List.of("text:transformer", "authors:muller", "cat:cs", "cat:stat.ml", "org:deepmind")) {
      assertThat(client.query(new SolrQuery(q)).getResults().getNumFound()).as(q).isEqualTo(1);
    }
    assertThat(client.query(new SolrQuery("cat:68t05")).getResults().getNumFound()).isZero();
    SolrQuery knn = new SolrQuery("{!knn f=vector topK=5}" + java.util.Arrays.toString(v));
    assertThat(client.query(knn).getResults()).extracting(d -> d.get("id")).contains("2401.00001");
  }

  @Test
  void initRefusesACollectionWithAnotherSchemaVersionNamingBoth() throws Exception {
    SolrCollections.upload(client, "quire-0", QuireConfigSet.zip("quire-0"));
    var create = CollectionAdminRequest.createCollection("other", "quire-0", 1, 1);
    create.setWaitForFinalState(true);
    create.process(client);
    assertThatThrownBy(() -> SolrCollections.init(client, "other", 1, 1))
        .isInstanceOf(SolrCollections.SchemaMismatch.class)
        .hasMessageContaining("has schema quire-0")
        .hasMessageContaining("writes schema quire-1");
  }
}
