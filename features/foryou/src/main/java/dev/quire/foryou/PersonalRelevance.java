package dev.quire.foryou;

import java.util.List;

/**
 * A reader's personal relevance of every paper of a period, before follows: the embedding clusters
 * ({@link InterestModel}) mixed with the words of their positives ({@link TermVectors}), then with
 * what separates their papers from the rest ({@link ReaderClassifier}), in the shares of {@link
 * Weights}. The page and the evaluation both call this, so the evaluation measures what the page
 * shows.
 */
public final class PersonalRelevance {
  private PersonalRelevance() {}

  /** What one reader brings: their positives with a vector, in the model's order. */
  public record Positives(
      List<String> allTexts, List<String> ids, List<String> texts, List<float[]> vectors) {}

  /**
   * Personal relevance aligned with {@code pool} (NaN for a paper the model cannot score and no
   * other part covers).
   *
   * @param prepared the pool's vectors as {@code model} prepares them, or null to prepare here
   */
  public static float[] of(
      List<Candidate> pool,
      float[][] prepared,
      TermVectors terms,
      InterestModel model,
      Positives positives,
      Weights weights) {
    float[][] centred = prepared;
    if (centred == null) {
      centred = new float[pool.size()][];
      for (int i = 0; i < centred.length; i++) {
        float[] v = pool.get(i).vector();
        centred[i] = v == null ? null : model.prepare(v);
      }
    }
    float[] relevance =
        Ranker.blend(
            Ranker.relevances(pool, centred, model),
            terms.scores(terms.profile(positives.allTexts())),
            weights.words());
    if (weights.learned() <= 0 || positives.ids().isEmpty()) {
      return relevance;
    }
    float[] learned =
        ReaderClassifier.scores(
            terms,
            centred,
            pool.stream().map(Candidate::id).toList(),
            model,
            positives.ids(),
            positives.texts(),
            positives.vectors());
    return Ranker.blend(relevance, learned, weights.learned());
  }
}
