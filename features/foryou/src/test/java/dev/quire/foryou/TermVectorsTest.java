package dev.quire.foryou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** For you's lexical signal: the words of a reader's positives against a period's papers. */
class TermVectorsTest {
  static final List<String> PERIOD =
      List.of(
          "Graph neural networks for molecules",
          "Protein folding with diffusion models",
          "Message passing graph neural networks on citation graphs",
          "Spectra of cool dwarf stars",
          "Diffusion models for image generation");

  @Test
  void aReaderOfGraphNetworksGetsGraphNetworkPapersFirst() {
    TermVectors terms = TermVectors.of(PERIOD);

    float[] s = terms.scores(terms.profile(List.of("Graph neural networks for traffic")));

    assertThat(Math.min(s[0], s[2])).isGreaterThan(Math.max(s[1], Math.max(s[3], s[4])));
    assertThat(s[3]).isNegative(); // no shared word: below the period's average paper
  }

  @Test
  void aReaderWhoseWordsThePeriodNeverUsesHasNoProfile() {
    TermVectors terms = TermVectors.of(PERIOD);

    assertThat(terms.profile(List.of("quasars", ""))).isNull();
    assertThat(terms.scores(null)).containsOnly(0f);
  }

  @Test
  void aPaperNotYetEmbeddedIsRankedByItsWordsAlone() {
    float[] model = {Float.NaN, 0.2f, 0.8f};
    float[] words = {1f, 0f, 0.5f};

    float[] mixed = Ranker.blend(model, words, 0.3);

    assertThat(mixed[0]).isEqualTo(1f); // words alone
    assertThat(mixed[1]).isZero(); // lowest on both
    assertThat(mixed[2]).isCloseTo(0.7f * 1 + 0.3f * 0.5f, within(1e-6f));
  }

  @Test
  void withoutAShareOfWordsTheModelsRelevanceIsKeptAsItIs() {
    float[] model = {0.1f, Float.NaN, 0.4f};

    assertThat(Ranker.blend(model, new float[] {1, 1, 0}, 0)).isSameAs(model);
  }
}
