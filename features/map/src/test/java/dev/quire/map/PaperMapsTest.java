package dev.quire.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PaperMapsTest {
  static final long SEED = 42L;

  private static final List<String> TOPICS =
      List.of("kagome spin liquid", "dark matter halo", "surface code qubit");

  /** 3 topics × 30 papers: vectors around one random centre per topic, titles with its words. */
  private static Map<String, float[]> vectors = new HashMap<>();

  private static List<PaperMaps.Paper> papers(int perTopic) {
    System.out.println("PaperMapsTest seed " + SEED);
    Random rnd = new Random(SEED);
    float[][] centres = new float[TOPICS.size()][64];
    for (float[] c : centres) {
      for (int j = 0; j < c.length; j++) {
        c[j] = (float) rnd.nextGaussian();
      }
    }
    List<PaperMaps.Paper> out = new ArrayList<>();
    vectors = new HashMap<>();
    for (int t = 0; t < TOPICS.size(); t++) {
      for (int i = 0; i < perTopic; i++) {
        String id = "t" + t + "-" + i;
        float[] v = new float[64];
        for (int j = 0; j < v.length; j++) {
          v[j] = centres[t][j] + 0.3f * (float) rnd.nextGaussian();
        }
        vectors.put(id, v);
        out.add(new PaperMaps.Paper(id, "On " + TOPICS.get(t) + " number " + i));
      }
    }
    return out;
  }

  @Test
  void papersAboutTheSameThingShareAClusterNamedByTheirWords() {
    List<PaperMaps.Paper> papers = papers(30);
    PaperMap map = new PaperMaps(ids -> vectors, () -> 0L).map(papers);
    assertThat(map.points()).hasSize(90);
    assertThat(map.unplaced()).isZero();
    Map<Integer, Set<Integer>> clustersOfTopic = new HashMap<>();
    for (PaperMap.Point p : map.points()) {
      int topic = p.id().charAt(1) - '0';
      clustersOfTopic.computeIfAbsent(topic, k -> new HashSet<>()).add(p.cluster());
      assertThat(p.x()).isBetween(0.0, 1.0);
      assertThat(p.y()).isBetween(0.0, 1.0);
    }
    // each topic lies in clusters of its own
    Set<Integer> seen = new HashSet<>();
    for (Set<Integer> clusters : clustersOfTopic.values()) {
      for (int c : clusters) {
        assertThat(seen.add(c)).as("cluster %d holds two topics", c).isTrue();
      }
    }
    List<String> labels = map.clusters().stream().map(PaperMap.Cluster::label).toList();
    assertThat(String.join(" | ", labels)).contains("kagome").contains("halo").contains("qubit");
    assertThat(labels).noneMatch(l -> l.contains("number"));
  }

  @Test
  void theSamePapersGiveTheSameMapFromMemoryWithoutLoadingVectors() {
    List<PaperMaps.Paper> papers = papers(10);
    AtomicInteger loads = new AtomicInteger();
    AtomicLong now = new AtomicLong();
    PaperMaps maps = counting(vectors, loads, now);
    PaperMap first = maps.map(papers);
    now.addAndGet(PaperMaps.MAX_AGE.toNanos() - 1);
    assertThat(maps.map(papers)).isSameAs(first);
    assertThat(loads).hasValue(1);
    maps.map(papers.subList(1, papers.size()));
    assertThat(loads).hasValue(2);
    now.addAndGet(1);
    maps.map(papers);
    assertThat(loads).as("recomputed once too old").hasValue(3);
    assertThat(new PaperMaps(ids -> vectors, () -> 0L).map(papers).points())
        .as("deterministic")
        .isEqualTo(first.points());
  }

  @Test
  void papersWithoutVectorsAreCountedAndTheirMapIsRecomputedSoon() {
    List<PaperMaps.Paper> papers = papers(10);
    Map<String, float[]> some = new HashMap<>(vectors);
    some.remove("t0-0");
    some.remove("t1-1");
    AtomicInteger loads = new AtomicInteger();
    AtomicLong now = new AtomicLong();
    PaperMaps maps = counting(some, loads, now);
    PaperMap map = maps.map(papers);
    assertThat(map.unplaced()).isEqualTo(2);
    assertThat(map.points()).hasSize(28);
    now.addAndGet(PaperMaps.INCOMPLETE_AGE.toNanos());
    maps.map(papers);
    assertThat(loads).hasValue(2);
  }

  /** Maps over these vectors on a clock of our own, counting the loads of vectors. */
  private static PaperMaps counting(
      Map<String, float[]> found, AtomicInteger loads, AtomicLong now) {
    return new PaperMaps(
        ids -> {
          loads.incrementAndGet();
          return found;
        },
        now::get);
  }

  @Test
  void noPapersOrNoVectorsGiveAnEmptyMapAndOnePaperAMapOfOne() {
    assertThat(new PaperMaps(ids -> Map.of(), () -> 0L).map(List.of()).points()).isEmpty();
    PaperMap none =
        new PaperMaps(ids -> Map.of(), () -> 0L).map(List.of(new PaperMaps.Paper("a", "A")));
    assertThat(none.points()).isEmpty();
    assertThat(none.unplaced()).isEqualTo(1);
    PaperMap one =
        new PaperMaps(ids -> Map.of("a", new float[] {1, 0, 0}), () -> 0L)
            .map(List.of(new PaperMaps.Paper("a", "Alone")));
    assertThat(one.points()).hasSize(1);
    assertThat(one.clusters()).hasSize(1);
  }

  @Test
  void clusterCountGrowsWithTheSquareRootOfThePapersFromTwoToTen() {
    assertThat(MapLayout.clusterCount(3)).isEqualTo(1);
    assertThat(MapLayout.clusterCount(12)).isEqualTo(2);
    assertThat(MapLayout.clusterCount(30)).isEqualTo(3);
    assertThat(MapLayout.clusterCount(300)).isEqualTo(9);
    assertThat(MapLayout.clusterCount(3000)).isEqualTo(10);
  }
}
