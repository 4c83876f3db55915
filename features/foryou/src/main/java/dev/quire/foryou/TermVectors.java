package dev.quire.foryou;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a period's papers as tf-idf vectors (title and abstract; unigrams and bigrams,
 * sublinear tf, l2-normalised, at most {@value #MAX_FEATURES} terms by document frequency), and a
 * reader's lexical profile over them: the mean of their positives' vectors, less the period's. A
 * paper's lexical relevance is its cosine to that profile. It catches what the embedding blurs,
 * such as the exact names of methods, objects and datasets a reader keeps coming back to.
 */
public final class TermVectors {
  static final int MAX_FEATURES = 20_000;

  /**
   * How much of the period's mean vector a profile loses (Rocchio's weight of non-relevant papers):
   * words every paper of the period uses say little about a reader. Tuned on the simulated readers
   * of one window (docs/benchmarks.md).
   */
  static final double PERIOD_WEIGHT = 2;

  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final float[] idf;
  private final int[][] terms;
  private final float[][] weights;

  private TermVectors(List<String> texts) {
    List<List<String>> tokens = new ArrayList<>(texts.size());
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      List<String> words = tokens(t);
      tokens.add(words);
      words.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int n = texts.size();
    int minDf = n >= 200 ? 2 : 1;
    List<Map.Entry<String, Integer>> kept =
        df.entrySet().stream()
            .filter(e -> e.getValue() >= minDf && (n < 10 || e.getValue() <= 0.9 * n))
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_FEATURES)
            .toList();
    idf = new float[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      vocabulary.put(kept.get(i).getKey(), i);
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1);
    }
    terms = new int[n][];
    weights = new float[n][];
    for (int d = 0; d < n; d++) {
      vectorize(tokens.get(d), d);
    }
  }

  /** The vectors of these texts (one per candidate, in order). */
  public static TermVectors of(List<String> texts) {
    return new TermVectors(texts);
  }

  /** The text of a paper as For you reads it: title and abstract. */
  public static String textOf(String title, String abstractText) {
    return (title == null ? "" : title) + " " + (abstractText == null ? "" : abstractText);
  }

  /**
   * The reader's profile: the mean of the l2-normalised vectors of their positives' texts (words
   * outside the period's vocabulary are ignored) less {@link #PERIOD_WEIGHT} times the mean vector
   * of the period's papers, or null when no positive has a known word.
   */
  public float[] profile(List<String> positiveTexts) {
    float[] p = new float[idf.length];
    int used = 0;
    for (String text : positiveTexts) {
      Map<Integer, Integer> tf = counts(tokens(text));
      double norm = 0;
      for (var e : tf.entrySet()) {
        double w = weight(e.getKey(), e.getValue());
        norm += w * w;
      }
      if (norm == 0) {
        continue;
      }
      double scale = 1 / Math.sqrt(norm);
      for (var e : tf.entrySet()) {
        p[e.getKey()] += (float) (weight(e.getKey(), e.getValue()) * scale);
      }
      used++;
    }
    if (used == 0) {
      return null;
    }
    float[] mean = periodMean();
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) (p[i] / used - PERIOD_WEIGHT * mean[i]);
    }
    return p;
  }

  private volatile float[] periodMean;

  private float[] periodMean() {
    if (periodMean == null) {
      float[] m = new float[idf.length];
      for (int d = 0; d < terms.length; d++) {
        for (int k = 0; k < terms[d].length; k++) {
          m[terms[d][k]] += weights[d][k] / terms.length;
        }
      }
      periodMean = m;
    }
    return periodMean;
  }

  /** The cosine-like score of every candidate against {@code profile} (zeros for a null one). */
  public float[] scores(float[] profile) {
    float[] out = new float[terms.length];
    if (profile == null) {
      return out;
    }
    for (int d = 0; d < terms.length; d++) {
      double s = 0;
      int[] t = terms[d];
      float[] w = weights[d];
      for (int k = 0; k < t.length; k++) {
        s += profile[t[k]] * w[k];
      }
      out[d] = (float) s;
    }
    return out;
  }

  /** Number of candidates. */
  public int size() {
    return terms.length;
  }

  /** A text's l2-normalised tf-idf vector: term indices and weights. */
  record Row(int[] terms, float[] weights) {}

  /** Number of terms kept. */
  int vocabularySize() {
    return idf.length;
  }

  /** The vector of candidate {@code d}. */
  Row row(int d) {
    return new Row(terms[d], weights[d]);
  }

  /** The vector of any text over the period's vocabulary (words outside it are ignored). */
  Row vectorOf(String text) {
    return vector(tokens(text));
  }

  /** Lower-cased words of two or more letters or digits, and each pair of neighbours. */
  public static List<String> tokens(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    List<String> out = new ArrayList<>();
    String prev = null;
    for (String w : words) {
      if (w.length() < 2) {
        prev = null;
        continue;
      }
      out.add(w);
      if (prev != null) {
        out.add(prev + " " + w);
      }
      prev = w;
    }
    return out;
  }

  private Map<Integer, Integer> counts(List<String> tokens) {
    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : tokens) {
      Integer i = vocabulary.get(t);
      if (i != null) {
        tf.merge(i, 1, Integer::sum);
      }
    }
    return tf;
  }

  private double weight(int term, int count) {
    return (1 + Math.log(count)) * idf[term];
  }

  private void vectorize(List<String> tokens, int d) {
    Row row = vector(tokens);
    terms[d] = row.terms();
    weights[d] = row.weights();
  }

  private Row vector(List<String> tokens) {
    Map<Integer, Integer> tf = counts(tokens);
    int[] t = new int[tf.size()];
    float[] w = new float[tf.size()];
    int k = 0;
    double norm = 0;
    for (var e : tf.entrySet()) {
      t[k] = e.getKey();
      w[k] = (float) weight(e.getKey(), e.getValue());
      norm += w[k] * w[k];
      k++;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < w.length; i++) {
      w[i] *= scale;
    }
    return new Row(t, w);
  }
}
