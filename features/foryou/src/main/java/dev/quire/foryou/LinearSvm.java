package dev.quire.foryou;

import java.util.List;
import java.util.Random;

/**
 * A linear support vector machine as arxiv-sanity-lite trains it (sklearn's LinearSVC: squared
 * hinge loss, balanced class weights), solved by dual coordinate descent as liblinear does. Rows
 * are sparse: feature indices and values; a bias feature of 1 is added to every row.
 */
public final class LinearSvm {
  private LinearSvm() {}

  /** One training example: its feature indices and values. */
  public record Row(int[] index, float[] value) {
    /** This row's dot product with {@code w} (bias last). */
    public double score(double[] w) {
      double s = w[w.length - 1];
      for (int k = 0; k < index.length; k++) {
        s += w[index[k]] * value[k];
      }
      return s;
    }
  }

  /**
   * Trains on {@code rows} with labels {@code positive} (true = +1) over {@code dimensions}
   * features; returns the weights, the bias last. Deterministic for a given {@code seed}.
   */
  public static double[] train(
      List<Row> rows, boolean[] positive, int dimensions, double c, int epochs, long seed) {
    int n = rows.size();
    double[] w = new double[dimensions + 1];
    double[] alpha = new double[n];
    int npos = 0;
    for (boolean p : positive) {
      npos += p ? 1 : 0;
    }
    double cPos = c * n / (2.0 * Math.max(1, npos));
    double cNeg = c * n / (2.0 * Math.max(1, n - npos));
    double[] squares = new double[n];
    for (int i = 0; i < n; i++) {
      double xx = 1;
      for (float v : rows.get(i).value()) {
        xx += v * v;
      }
      squares[i] = xx;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        Row x = rows.get(i);
        int y = positive[i] ? 1 : -1;
        double d = 1 / (2 * (y > 0 ? cPos : cNeg));
        double g = y * x.score(w) - 1 + d * alpha[i];
        double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
        if (pg != 0) {
          double old = alpha[i];
          alpha[i] = Math.max(alpha[i] - g / (squares[i] + d), 0);
          double step = (alpha[i] - old) * y;
          int[] idx = x.index();
          float[] val = x.value();
          for (int k = 0; k < idx.length; k++) {
            w[idx[k]] += step * val[k];
          }
          w[dimensions] += step;
        }
      }
    }
    return w;
  }
}
