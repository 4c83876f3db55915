package dev.quire.foryou.eval;

import dev.quire.foryou.LinearSvm;
import dev.quire.foryou.TermVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  private final Map<String, Integer> vocab = new HashMap<>();
  private final float[] idf;
  private final Map<String, LinearSvm.Row> docs = new HashMap<>();

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

  private LinearSvm.Row vector(List<String> tokens) {
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
    return new LinearSvm.Row(idx, val);
  }

  /**
   * Trains on {@code positives} (+1) against every other id of {@code training} (-1) and returns
   * the decision values of {@code scored}, by id.
   */
  Map<String, Double> scores(
      List<String> training, java.util.Set<String> positives, List<String> scored, long seed) {
    List<LinearSvm.Row> rows = training.stream().map(docs::get).toList();
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = positives.contains(training.get(i));
    }
    double[] w = LinearSvm.train(rows, labels, idf.length, C, EPOCHS, seed);
    Map<String, Double> out = new HashMap<>();
    for (String id : scored) {
      out.put(id, docs.get(id).score(w));
    }
    return out;
  }
}
