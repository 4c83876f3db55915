package dev.quire.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * For you's per-interest classifier on a synthetic period: three topics (quantum spin chains, ML
 * compilers, galaxy surveys), each with its own words and its own embedding direction.
 */
class ReaderClassifierTest {
  static final long SEED = 20261128L;
  static final int DIM = 64;
  static final String[][] WORDS = {
    {"quantum", "spin", "chain", "entanglement", "hamiltonian", "lattice"},
    {"compiler", "tensor", "kernel", "fusion", "accelerator", "scheduling"},
    {"galaxy", "cluster", "redshift", "survey", "lensing", "halo"}
  };

  private final Random random = new Random(SEED);

  private record Paper(int topic, String text, float[] vector) {}

  private Paper paper(int topic) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append(WORDS[topic][random.nextInt(WORDS[topic].length)]).append(' ');
    }
    text.append("we study a new method and report results");
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) (random.nextGaussian() * 0.08);
    }
    v[topic] += 1;
    return new Paper(topic, text.toString(), InterestModel.unit(v));
  }

  private List<Paper> period() {
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      out.add(paper(i % 3));
    }
    return out;
  }

  private float[] scores(List<Paper> pool, List<Paper> positives) {
    InterestModel model =
        InterestModel.of(
            positives.stream().map(Paper::vector).toList(),
            List.of(),
            PoolStats.of(pool.stream().map(Paper::vector).toList()));
    TermVectors terms = TermVectors.of(pool.stream().map(Paper::text).toList());
    return ReaderClassifier.scores(
        terms,
        pool.stream().map(p -> model.prepare(p.vector())).toArray(float[][]::new),
        IntStream.range(0, pool.size()).mapToObj(i -> "p" + i).toList(),
        model,
        IntStream.range(0, positives.size()).mapToObj(i -> "liked" + i).toList(),
        positives.stream().map(Paper::text).toList(),
        positives.stream().map(Paper::vector).toList());
  }

  private static List<Integer> topicsOfBest(List<Paper> pool, float[] scores, int n) {
    return IntStream.range(0, pool.size())
        .boxed()
        .sorted((a, b) -> Float.compare(scores[b], scores[a]))
        .limit(n)
        .map(i -> pool.get(i).topic())
        .toList();
  }

  @Test
  void aReaderOfTwoFieldsGetsPapersOfBothAndNoneOfAThird() {
    List<Paper> pool = period();
    List<Paper> liked = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      liked.add(paper(0));
      liked.add(paper(1));
    }

    List<Integer> best = topicsOfBest(pool, scores(pool, liked), 60);

    assertThat(best).as("seed %d", SEED).doesNotContain(2);
    assertThat(best.subList(0, 10)).as("seed %d", SEED).contains(0, 1);
  }

  @Test
  void twoSeparateFieldsAreTwoInterestsAndOneFieldIsOne() {
    List<Paper> pool = period();
    List<Paper> twoFields = new ArrayList<>();
    List<Paper> oneField = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      twoFields.add(paper(0));
      twoFields.add(paper(2));
      oneField.add(paper(1));
      oneField.add(paper(1));
    }
    PoolStats stats = PoolStats.of(pool.stream().map(Paper::vector).toList());

    int[] two =
        InterestModel.of(twoFields.stream().map(Paper::vector).toList(), List.of(), stats)
            .interestGroups(ReaderClassifier.MIN_SILHOUETTE);
    int[] one =
        InterestModel.of(oneField.stream().map(Paper::vector).toList(), List.of(), stats)
            .interestGroups(ReaderClassifier.MIN_SILHOUETTE);

    assertThat(Arrays.stream(one).distinct().count()).as("seed %d", SEED).isEqualTo(1);
    assertThat(Arrays.stream(two).distinct().count()).as("seed %d", SEED).isEqualTo(2);
    for (int i = 0; i < two.length; i += 2) { // liked alternate: field 0, field 2
      assertThat(two[i]).isNotEqualTo(two[i + 1]);
      assertThat(two[i]).isEqualTo(two[0]);
    }
  }

  @Test
  void aReaderWithoutPositivesHasNoClassifier() {
    List<Paper> pool = period();

    assertThat(scores(pool, List.of())).isNull();
  }
}
