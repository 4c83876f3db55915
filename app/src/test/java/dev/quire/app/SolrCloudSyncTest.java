package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.search.SearchUnavailable;
import dev.quire.search.solr.SolrClients;
import dev.quire.search.solr.SolrCollections;
import dev.quire.testing.ChildJvm;
import dev.quire.testing.SolrCloudProcess;
import dev.quire.testing.TestDb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SolrCloud (2 nodes, 2 shards x 2 replicas, ZooKeeper; a child JVM) kept in step with
 * PostgreSQL: a killed reindex resumes with every paper exactly once, a stopped node loses nothing,
 * a whole-Solr outage loses no write and heals without a manual step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCloudSyncTest {
  private static final int PAPERS = 400;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path dir;

  static SolrCloudProcess cloud;
  static Config config;
  static Quire quire;
  static CloudSolrClient solr;

  @BeforeAll
  static void startSolrCloudAndPostgres() throws Exception {
    cloud = SolrCloudProcess.start(2, dir.resolve("cloud"));
    config =
        TestDb.POSTGRES.config(
            dir.resolve("data"),
            Map.of(
                "search.engine", "solr",
                "solr.zk-hosts", cloud.zkHost(),
                "solr.collection", "papers"));
    solr = SolrClients.open(config.solr());
    assertThat(SolrCollections.init(solr, "papers", 2, 2)).contains("created");
    quire = Quire.open(config);
    List<Paper> rows = new ArrayList<>();
    for (int i = 0; i < PAPERS; i++) {
      rows.add(paper(String.format("2401.%05d", i), "Graph networks part " + i));
    }
    quire.paperStore().writeBatch(List.of(), rows, List.of());
    // written a while ago, as in a database that existed before SolrCloud
    jdbi().useHandle(h -> h.execute("UPDATE papers SET modified_at = '2026-01-01T00:00:00.000Z'"));
  }

  @AfterAll
  static void stopAll() {
    if (quire != null) {
      quire.close();
    }
    if (solr != null) {
      try {
        solr.close();
      } catch (java.io.IOException e) {
        // closing anyway
      }
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  @Order(1)
  void aReindexKilledMidwayResumesWithEveryPaperExactlyOnce() throws Exception {
    String[] reindex = {
      "reindex",
      "--data",
      dir.resolve("data").toString(),
      "--jdbc.url",
      config.jdbcUrl(),
      "--db.user",
      config.dbUser(),
      "--db.password",
      config.dbPassword(),
      "--search.semantic",
      "false",
      "--search.engine",
      "solr",
      "--solr.zk-hosts",
      cloud.zkHost(),
      "--solr.collection",
      "papers",
      "--batch",
      "5"
    };
    Process first = ChildJvm.start(dir.resolve("first.log"), reindex);
    String at = "";
    while (first.isAlive() && at.compareTo("2401.00100") < 0) {
      Thread.sleep(20);
      at = watermarkId();
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    String killedAt = watermarkId();
    assertThat(killedAt)
        .as("the kill came mid-reindex (%s)", Files.readString(dir.resolve("first.log")))
        .isNotEmpty()
        .isLessThan(String.format("2401.%05d", PAPERS - 1));

    Process second = ChildJvm.start(dir.resolve("second.log"), reindex);
    assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("second.log"));
    assertThat(second.exitValue()).as(log).isZero();
    assertThat(log).contains("resuming the interrupted reindex of papers after " + killedAt);

    solr.commit();
    assertThat(solrIds()).isEqualTo(databaseIds());
  }

  @Test
  @Order(2)
  void withOneSolrNodeDownSearchesAnswerAndItsReplicasGetTheWritesOnReturn() throws Exception {
    quire.solr().startSync();
    cloud.stop(2);
    assertThat(count("*:*")).isEqualTo(databaseIds().size());

    quire
        .paperStore()
        .writeBatch(List.of(), List.of(paper("2402.00001", "Lonely node")), List.of());
    awaitCount("title:lonely", 1);

    cloud.start(2);
    cloud.stop(1); // only node 2's replicas can answer now
    awaitCount("title:lonely", 1);
    cloud.start(1);
  }

  @Test
  @Order(3)
  void withAllSolrDownNoWriteIsLostAndSearchHealsWithoutAManualStep() throws Exception {
    io.javalin.Javalin web = quire.web().start(0);
    try {
      cloud.stopAll();
      quire
          .paperStore()
          .writeBatch(List.of(), List.of(paper("2403.00001", "Outage paper")), List.of());
      assertThatThrownBy(() -> quire.solr().sync().catchUp())
          .isInstanceOf(SearchUnavailable.class)
          .hasMessageContaining("SolrCloud did not take the papers");

      HttpResponse<String> search = get(web, "/search?q=graph");
      assertThat(search.statusCode()).isEqualTo(503);
      assertThat(search.body()).contains("Search is unavailable right now");
      assertThat(get(web, "/").statusCode()).isEqualTo(200);
      assertThat(get(web, "/papers/2401.00001").statusCode()).isEqualTo(200);

      cloud.startAll();
      awaitCount("title:outage", 1);
      assertThat(solrIds()).isEqualTo(databaseIds());
      HttpResponse<String> healed = get(web, "/search?q=outage");
      assertThat(healed.statusCode()).isEqualTo(200);
      assertThat(healed.body()).contains("2403.00001");
    } finally {
      web.stop();
    }
  }

  private static HttpResponse<String> get(io.javalin.Javalin web, String path) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Jdbi jdbi() {
    return Jdbi.create(config.jdbcUrl(), config.dbUser(), config.dbPassword());
  }

  private static String watermarkId() {
    try {
      return jdbi()
          .withHandle(
              h ->
                  h.createQuery("SELECT papers_id FROM search_sync WHERE target = 'papers'")
                      .mapTo(String.class)
                      .findOne()
                      .orElse(""));
    } catch (RuntimeException notYet) {
      return "";
    }
  }

  private static Set<String> databaseIds() {
    return new HashSet<>(
        jdbi().withHandle(h -> h.createQuery("SELECT id FROM papers").mapTo(String.class).list()));
  }

  /** Every id in the collection, checking that none is there twice. */
  private static Set<String> solrIds() throws Exception {
    SolrQuery q = new SolrQuery("*:*").setFields("id").setRows(10_000);
    List<String> ids = new ArrayList<>();
    for (SolrDocument d : solr.query(q).getResults()) {
      ids.add((String) d.getFieldValue("id"));
    }
    assertThat(ids).doesNotHaveDuplicates();
    return new HashSet<>(ids);
  }

  private static long count(String q) throws Exception {
    return solr.query(new SolrQuery(q).setRows(0)).getResults().getNumFound();
  }

  /** Waits (up to the test's timeout) until {@code q} finds {@code n} papers. */
  private static void awaitCount(String q, long n) throws Exception {
    while (true) {
      try {
        if (count(q) == n) {
          return;
        }
      } catch (Exception notYet) {
        // a node is still coming back
      }
      Thread.sleep(200);
    }
  }

  private static Paper paper(String id, String title) {
    return new Paper(
        id,
        title,
        "We study " + title.toLowerCase(java.util.Locale.ROOT) + ".",
        List.of(new Author("Ada Lovelace", null)),
        List.of("cs.LG"),
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
        0,
        0,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        false,
        false,
        0);
  }
}
