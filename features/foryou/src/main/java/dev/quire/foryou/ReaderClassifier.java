package dev.quire.foryou;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What separates a reader's papers from the rest of the period, learned per interest: for each of
 * the reader's distinct interests ({@link InterestModel#interestGroups}), a linear SVM on the words
 * (tf-idf, {@link TermVectors}) and the centred embedding of each paper, trained on that interest's
 * positives against every other paper of the period (arxiv-sanity-lite's method, with embeddings
 * beside the words). A paper's score is its best decision value over the interests, so a reader of
 * quantum many-body physics and of ML compilers has one model for each rather than one line through
 * both. Positives of other interests are left out of each interest's training. A reader with
 * several interests also gets one classifier over all their positives, mixed in at {@link
 * #JOINT_SHARE}.
 */
public final class ReaderClassifier {
  /** The SVM's C, as arxiv-sanity-lite (sklearn LinearSVC with balanced classes). */
  static final double C = 0.01;

  /** Passes over the training papers. */
  static final int EPOCHS = 10;

  /** Weight of the embedding features beside the l2-normalised tf-idf features. */
  static final double EMBEDDING_WEIGHT = 1;

  /**
   * Positives split into separate interests only when the split's mean silhouette reaches this:
   * below it they are one interest (tuned on one window, docs/benchmarks.md).
   */
  static final double MIN_SILHOUETTE = 0.15;

  /**
   * Share of one classifier over all the reader's positives beside the per-interest ones, for a
   * reader with several interests: its words catch what the interests share and a small interest's
   * own classifier misses (tuned on one window, docs/benchmarks.md).
   */
  static final double JOINT_SHARE = 0.3;

  private static final long SEED = 42;

  private ReaderClassifier() {}

  /**
   * Each candidate's score (aligned with {@code terms} and {@code centred}), or null without
   * positives.
   *
   * @param terms the period's papers' words
   * @param centred the period's papers' embeddings as {@code model} prepares them (null rows for
   *     papers without one)
   * @param candidateIds the period's papers' ids
   * @param model the reader's interest model (its positives are those given here, in order)
   * @param positiveIds the ids of the positives with a vector, in the model's order
   * @param positiveTexts their titles and abstracts
   * @param positiveVectors their embeddings
   */
  public static float[] scores(
      TermVectors terms,
      float[][] centred,
      List<String> candidateIds,
      InterestModel model,
      List<String> positiveIds,
      List<String> positiveTexts,
      List<float[]> positiveVectors) {
    if (positiveIds.isEmpty()) {
      return null;
    }
    int vocabulary = terms.vocabularySize();
    int dim = vocabulary + (positiveVectors.isEmpty() ? 0 : positiveVectors.get(0).length);
    Set<String> positive = new HashSet<>(positiveIds);
    List<LinearSvm.Row> negatives = new ArrayList<>();
    List<LinearSvm.Row> candidates = new ArrayList<>();
    for (int d = 0; d < candidateIds.size(); d++) {
      LinearSvm.Row row = row(terms.row(d), centred == null ? null : centred[d], vocabulary);
      candidates.add(row);
      if (!positive.contains(candidateIds.get(d))) {
        negatives.add(row);
      }
    }
    List<LinearSvm.Row> all = new ArrayList<>();
    for (int i = 0; i < positiveIds.size(); i++) {
      all.add(
          row(
              terms.vectorOf(positiveTexts.get(i)),
              model.prepare(positiveVectors.get(i)),
              vocabulary));
    }
    int[] groups = model.interestGroups(MIN_SILHOUETTE);
    int k = 0;
    for (int g : groups) {
      k = Math.max(k, g + 1);
    }
    float[] best = new float[candidates.size()];
    java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
    for (int g = 0; g < k; g++) {
      List<LinearSvm.Row> rows = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (groups[i] == g) {
          rows.add(all.get(i));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      float[] s = decisions(rows, negatives, candidates, dim);
      for (int d = 0; d < best.length; d++) {
        best[d] = Math.max(best[d], s[d]);
      }
    }
    if (k < 2) {
      return best; // one interest: the joint classifier is the same one
    }
    float[] joint = decisions(all, negatives, candidates, dim);
    return Ranker.blend(best, joint, JOINT_SHARE);
  }

  /** Decision values for the candidates of one SVM trained on these positives and negatives. */
  private static float[] decisions(
      List<LinearSvm.Row> positives,
      List<LinearSvm.Row> negatives,
      List<LinearSvm.Row> candidates,
      int dim) {
    List<LinearSvm.Row> rows = new ArrayList<>(positives);
    rows.addAll(negatives);
    boolean[] labels = new boolean[rows.size()];
    java.util.Arrays.fill(labels, 0, positives.size(), true);
    double[] w = LinearSvm.train(rows, labels, dim, C, EPOCHS, SEED);
    float[] out = new float[candidates.size()];
    for (int d = 0; d < out.length; d++) {
      out[d] = (float) candidates.get(d).score(w);
    }
    return out;
  }

  private static LinearSvm.Row row(TermVectors.Row words, float[] vector, int offset) {
    if (vector == null) {
      return new LinearSvm.Row(words.terms(), words.weights());
    }
    int n = words.terms().length;
    int[] index = java.util.Arrays.copyOf(words.terms(), n + vector.length);
    float[] value = java.util.Arrays.copyOf(words.weights(), n + vector.length);
    for (int i = 0; i < vector.length; i++) {
      index[n + i] = offset + i;
      value[n + i] = (float) (EMBEDDING_WEIGHT * vector[i]);
    }
    return new LinearSvm.Row(index, value);
  }
}
