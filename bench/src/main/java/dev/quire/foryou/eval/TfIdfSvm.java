package dev.quire.foryou.eval;

import dev.quire.foryou.TermVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * arxiv-sanity-lite's recommender: tf-idf of title and abstract (unigrams and bigrams, sublinear
 * tf, l2-normalised, at most 20,000 terms), and a linear SVM (squared hinge loss, C = 0.01,
 * balanced class weights, as sklearn's LinearSVC there) trained on the liked papers against all
 * others, solved by dual coordinate descent as liblinear does.
 */
final class TfIdfSvm {
  static final int MAX_FEATURES = 20_000;
  static final double C = 0.01;
  private static final int EPOCHS = 30;

  private record Sparse(int[] idx, float[] val) {}

  private final Map<String, Integer> vocab = new HashMap<>();
  private final float[] idf;
  private final Map<String, Sparse> docs = new HashMap<>();

  /** Builds the vocabulary and vectors of these papers. */
  TfIdfSvm(List<EvalPaper> corpus) {
    Map<String, Integer> df = new HashMap<>();
    List<List<String>> tokens = new ArrayList<>(corpus.size());
    for (EvalPaper p : corpus) {
      List<String> t = terms(p.title() + " " + p.abstractText());
      tokens.add(t);
      t.stream().distinct().forEach(x -> df.merge(x, 1, Integer::sum));
    }
    int n = corpus.size();
    List<Map.Entry<String, Integer>> kept =
        df.entrySet().stream()
            .filter(e -> e.getValue() >= 2 && e.getValue() <= 0.9 * n)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_FEATURES)
            .toList();
    idf = new float[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      vocab.put(kept.get(i).getKey(), i);
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1);
    }
    for (int d = 0; d < n; d++) {
      docs.put(corpus.get(d).id(), vector(tokens.get(d)));
    }
  }

  static List<String> terms(String text) {
    return TermVectors.tokens(text); // the same words as For you's lexical profile
  }

  private Sparse vector(List<String> tokens) {
    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : tokens) {
      Integer i = vocab.get(t);
      if (i != null) {
        tf.merge(i, 1, Integer::sum);
      }
    }
    int[] idx = new int[tf.size()];
    float[] val = new float[tf.size()];
    int k = 0;
    double norm = 0;
    for (var e : tf.entrySet()) {
      idx[k] = e.getKey();
      val[k] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
      norm += val[k] * val[k];
      k++;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < val.length; i++) {
      val[i] = norm == 0 ? 0 : (float) (val[i] / norm);
    }
    return new Sparse(idx, val);
  }

  /**
   * Trains on {@code positives} (+1) against every other id of {@code training} (-1) and returns
   * the decision values of {@code scored}, by id.
   */
  Map<String, Double> scores(
      List<String> training, java.util.Set<String> positives, List<String> scored, long seed) {
    int n = training.size();
    int dim = idf.length + 1; // last: the bias feature, 1 for every document
    double[] w = new double[dim];
    double[] alpha = new double[n];
    int npos = (int) training.stream().filter(positives::contains).count();
    int nneg = n - npos;
    double cPos = C * n / (2.0 * Math.max(1, npos));
    double cNeg = C * n / (2.0 * Math.max(1, nneg));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        String id = training.get(i);
        Sparse x = docs.get(id);
        int y = positives.contains(id) ? 1 : -1;
        double d = 1 / (2 * (y > 0 ? cPos : cNeg));
        double wx = w[dim - 1];
        double xx = 1;
        for (int k = 0; k < x.idx().length; k++) {
          wx += w[x.idx()[k]] * x.val()[k];
          xx += x.val()[k] * x.val()[k];
        }
        double g = y * wx - 1 + d * alpha[i];
        double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
        if (pg != 0) {
          double old = alpha[i];
          alpha[i] = Math.max(alpha[i] - g / (xx + d), 0);
          double step = (alpha[i] - old) * y;
          for (int k = 0; k < x.idx().length; k++) {
            w[x.idx()[k]] += step * x.val()[k];
          }
          w[dim - 1] += step;
        }
      }
    }
    Map<String, Double> out = new HashMap<>();
    for (String id : scored) {
      Sparse x = docs.get(id);
      double s = w[dim - 1];
      for (int k = 0; k < x.idx().length; k++) {
        s += w[x.idx()[k]] * x.val()[k];
      }
      out.put(id, s);
    }
    return out;
  }
}
