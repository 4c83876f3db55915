package dev.quire.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.ingest.ProgressListener;
import dev.quire.paper.Paper;
import dev.quire.search.QuerySyntax;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.Vectors;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.testing.SharedData;
import dev.quire.testing.SolrCloudProcess;
import dev.quire.testing.TestDb;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine and SolrCloud (2 nodes, 2 shards x 2 replicas) over the same 3,000 real arXiv
 * papers with the same vectors give the same answers to 50 real queries: identical keyword top-10
 * (equal scores may swap), at least 90% the same hybrid top-10 papers, the same counts and facets.
 */
class SolrParityTest {
  static final int PAPERS = 3_000;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path dir;

  static SolrCloudProcess cloud;
  static Quire quire;
  static LuceneSearch lucene;
  static SolrPaperSearch solr;
  static String pastedAbstract;

  /** Deterministic 384-d vectors (hashed words): both engines get the very same ones. */
  static final class HashedWords implements Embedder {
    @Override
    public String model() {
      return "test-hashed-384";
    }

    @Override
    public int dimensions() {
      return 384;
    }

    @Override
    public float[] embedDocument(String title, String abstractText) {
      return embed(title + " " + abstractText);
    }

    @Override
    public float[] embedQuery(String query) {
      return embed(query);
    }

    static float[] embed(String text) {
      return dev.quire.search.embed.HashingEmbedder.embed(text, 384);
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void bothEnginesOverTheSamePapers() throws Exception {
    Path listing = SharedData.require("arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz");
    Path part = dir.resolve("part.kaggle.jsonl");
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(listing)), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String l = in.readLine(); l != null && lines.size() < PAPERS; l = in.readLine()) {
        lines.add(l);
      }
      Files.write(part, lines);
    }
    cloud = SolrCloudProcess.start(2, dir.resolve("solr"));
    SolrSettings settings = new SolrSettings(true, cloud.zkHost(), List.of(), "papers");
    quire = Quire.open(TestDb.SQLITE.config(dir.resolve("quire")).with(b -> b.solr(settings)));
    quire.importer(ProgressListener.NONE).importPaths(List.of(part), null);
    lucene = quire.openSearch(new HashedWords());
    lucene.syncNow(line -> {});
    lucene.embedQueuedHere();
    try (CloudSolrClient client = SolrClients.open(settings)) {
      SolrCollections.init(client, "papers", 2, 2);
      String after = "";
      for (List<Paper> page = quire.papers().page(after, 500);
          !page.isEmpty();
          page = quire.papers().page(after, 500)) {
        Map<String, float[]> vectors = lucene.vectors(page.stream().map(Paper::id).toList());
        List<SolrInputDocument> docs = new ArrayList<>();
        for (Paper p : page) {
          docs.add(SolrDocuments.paper(p, vectors.get(p.id())));
        }
        client.add(docs);
        after = page.get(page.size() - 1).id();
      }
      client.commit();
    }
    solr = quire.openSolrSearch(new HashedWords());
    Paper p = quire.papers().find("2503.11742").orElseThrow();
    pastedAbstract = p.abstractText();
  }

  @AfterAll
  static void stop() {
    if (quire != null) {
      quire.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  static List<String> queries() {
    return List.of(
        "gaussian splatting",
        "vision language models",
        "jailbreak",
        "object detection",
        "kolmogorov arnold networks",
        "diffusion models for video generation",
        "\"large language models\"",
        "\"gaussian splatting\" avatar",
        "reinforcement learning from human feedback",
        "medical image segmentation",
        "3d scene reconstruction from a single image",
        "remote sensing foundation model",
        "autonomous driving",
        "point cloud",
        "text-to-image",
        "multimodal alignment",
        "hallucination in multimodal large language models",
        "knowledge distillation",
        "federated learning privacy",
        "the of and",
        "transformer cat:cs.CV",
        "retrieval augmented generation cat:cs.CL",
        "cat:cs.RO",
        "robot manipulation cat:cs.RO",
        "segmentation cat:eess.IV",
        "author:\"Yang Liu\"",
        "author:\"Lei Zhang\" image",
        "author:\"Wei-Shi Zheng\"",
        "author:\"Xiao Xiang Zhu\" earth",
        "diffusion after:2025-04",
        "after:2025-03-20 before:2025-04-01 video",
        "before:2025-03-15 detection",
        "org:google",
        "org:google diffusion",
        "benchmark cat:cs.AI after:2025-03-25",
        "\"human feedback\" cat:cs.LG",
        "face",
        "LLM agents",
        "zero-shot",
        "open-vocabulary segmentation",
        "NeRF",
        "mamba state space",
        "contrastive learning self-supervised",
        "anomaly detection industrial",
        "pose estimation",
        "super-resolution",
        "sign language",
        "adversarial robustness",
        "2503.11742",
        "PASTED_ABSTRACT");
  }

  private static SearchQuery parse(String q) {
    return QuerySyntax.parse(q.equals("PASTED_ABSTRACT") ? pastedAbstract : q);
  }

  @Test
  void fiftyRealQueriesGiveTheSameKeywordTopTenOnBothEngines() {
    assertThat(queries()).hasSize(50);
    for (String q : queries()) {
      SearchResults l =
          lucene.search(parse(q), SearchSort.RELEVANCE, RankingMethod.BM25, 0, 10, false);
      SearchResults s =
          solr.search(parse(q), SearchSort.RELEVANCE, RankingMethod.BM25, 0, 10, false);
      assertThat(s.jumpTo()).as(q).isEqualTo(l.jumpTo());
      assertThat(s.matches()).as("count of " + q).isEqualTo(l.matches());
      assertThat(s.categories()).as("categories of " + q).isEqualTo(l.categories());
      assertThat(s.years()).as("years of " + q).isEqualTo(l.years());
      assertSameRanking(q, l.hits(), s.hits());
    }
  }

  @Test
  void fiftyRealQueriesGiveAtLeastNinetyPercentTheSameHybridTopTen() {
    int same = 0;
    int shown = 0;
    for (String q : queries()) {
      List<String> l =
          ids(
              lucene
                  .search(parse(q), SearchSort.RELEVANCE, RankingMethod.HYBRID, 0, 10, false)
                  .hits());
      Set<String> s =
          new HashSet<>(
              ids(
                  solr.search(parse(q), SearchSort.RELEVANCE, RankingMethod.HYBRID, 0, 10, false)
                      .hits()));
      shown += l.size();
      same += (int) l.stream().filter(s::contains).count();
    }
    System.out.printf("hybrid top-10 overlap: %d of %d papers%n", same, shown);
    assertThat(shown).isGreaterThan(400);
    assertThat((double) same / shown).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void sortsByDateAndUpvotesAndPagesAgree() {
    for (String q : List.of("diffusion", "cat:cs.CL", "\"language models\" cat:cs.CV")) {
      for (SearchSort sort : List.of(SearchSort.DATE, SearchSort.UPVOTES)) {
        SearchResults l = lucene.search(parse(q), sort, RankingMethod.HYBRID, 20, 10, false);
        SearchResults s = solr.search(parse(q), sort, RankingMethod.HYBRID, 20, 10, false);
        assertThat(s.total()).as(q).isEqualTo(l.total());
        assertThat(s.matches()).as(q).isEqualTo(l.matches());
      }
    }
  }

  @Test
  void highlightsMarkTheSameWords() {
    SearchQuery q = parse("segmentation models \"vision language\"");
    SearchResults l = lucene.search(q, SearchSort.RELEVANCE, RankingMethod.BM25, 0, 10, true);
    SearchResults s = solr.search(q, SearchSort.RELEVANCE, RankingMethod.BM25, 0, 10, true);
    assertThat(s.hits()).isNotEmpty();
    for (SearchHit h : s.hits()) {
      SearchHit twin =
          l.hits().stream()
              .filter(x -> x.paper().id().equals(h.paper().id()))
              .findFirst()
              .orElse(null);
      if (twin != null) {
        assertThat(h.titleHtml()).isEqualTo(twin.titleHtml());
        assertThat(h.snippetHtml()).isEqualTo(twin.snippetHtml());
      }
    }
    assertThat(s.hits().get(0).titleHtml() + s.hits().get(0).snippetHtml()).contains("<mark>");
  }

  @Test
  void relatedPapersAreAsNearNeighboursAsTheEmbeddedEngineFinds() {
    int same = 0;
    int all = 0;
    for (Paper p : quire.papers().page("", 5)) {
      float[] v = HashedWords.embed(p.title() + " " + p.abstractText());
      List<Paper> a = lucene.similar(p.id(), 10);
      List<Paper> b = solr.similar(p.id(), 10);
      assertThat(b).extracting(Paper::id).doesNotContain(p.id()).hasSameSizeAs(a);
      // the vectors hash words, so many neighbours are equally near: compare nearness rank by rank
      double[] near = nearness(v, a);
      double[] nearSolr = nearness(v, b);
      for (int i = 0; i < near.length; i++) {
        assertThat(nearSolr[i]).as(p.id() + " neighbour " + (i + 1)).isGreaterThan(near[i] - 0.02);
      }
      Set<String> ids = new HashSet<>(b.stream().map(Paper::id).toList());
      all += a.size();
      same += (int) a.stream().filter(x -> ids.contains(x.id())).count();
    }
    System.out.printf("related papers: %d of %d the same%n", same, all);
    assertThat(all).isEqualTo(50);
    assertThat(same).isGreaterThanOrEqualTo(35);
  }

  private static double[] nearness(float[] v, List<Paper> papers) {
    return papers.stream()
        .mapToDouble(x -> Vectors.dot(v, HashedWords.embed(x.title() + " " + x.abstractText())))
        .map(d -> -d)
        .sorted()
        .map(d -> -d)
        .toArray();
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::titleHtml).toList();
  }

  /** Same scores rank by rank; papers may only differ among those tied at the tenth score. */
  private static void assertSameRanking(String q, List<SearchHit> l, List<SearchHit> s) {
    assertThat(s).as("hits of " + q).hasSameSizeAs(l);
    for (int i = 0; i < l.size(); i++) {
      assertThat((double) s.get(i).score())
          .as(q + " score at " + (i + 1))
          .isCloseTo(l.get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.01));
    }
    if (l.isEmpty()) {
      return;
    }
    float last = l.get(l.size() - 1).score();
    Set<String> above = new HashSet<>();
    Set<String> aboveS = new HashSet<>();
    for (int i = 0; i < l.size(); i++) {
      if (Math.abs(l.get(i).score() - last) > last * 1e-4) {
        above.add(l.get(i).titleHtml());
      }
      if (Math.abs(s.get(i).score() - last) > last * 1e-4) {
        aboveS.add(s.get(i).titleHtml());
      }
    }
    assertThat(aboveS).as("papers above the tenth score for " + q).isEqualTo(above);
  }
}
