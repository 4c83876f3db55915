package dev.quire.foryou;

import java.util.List;

/**
 * The statistics of a period's candidate vectors that relevance is measured against: their mean
 * (subtracted, so that what all papers share does not count as interest) and their covariance,
 * shrunk towards a multiple of the identity and kept as its Cholesky factor (so that interest
 * directions are whitened: a direction in which papers vary little counts for more, as in Fisher's
 * linear discriminant).
 */
public final class PoolStats {
  /** Shrinkage: the identity added, as a multiple of the average variance. */
  static final double SHRINK = 3.0;

  /** At most this many candidates (evenly spaced) estimate the covariance. */
  static final int SAMPLE = 3000;

  private final float[] mean;
  private final double[][] cholesky;

  private PoolStats(float[] mean, double[][] cholesky) {
    this.mean = mean;
    this.cholesky = cholesky;
  }

  /** The statistics of these vectors (nulls skipped), or null when fewer than two have one. */
  public static PoolStats of(List<float[]> vectors) {
    List<float[]> present = vectors.stream().filter(v -> v != null).toList();
    if (present.size() < 2) {
      return null;
    }
    int dim = present.get(0).length;
    float[] mean = new float[dim];
    for (float[] v : present) {
      for (int i = 0; i < dim; i++) {
        mean[i] += v[i] / present.size();
      }
    }
    int step = Math.max(1, present.size() / SAMPLE);
    double[][] cov = new double[dim][dim];
    int n = 0;
    double[] x = new double[dim];
    for (int s = 0; s < present.size(); s += step) {
      float[] v = present.get(s);
      double norm = 0;
      for (int i = 0; i < dim; i++) {
        x[i] = v[i] - mean[i];
        norm += x[i] * x[i];
      }
      norm = Math.sqrt(Math.max(norm, 1e-12));
      for (int i = 0; i < dim; i++) {
        x[i] /= norm;
      }
      for (int i = 0; i < dim; i++) {
        double xi = x[i];
        double[] row = cov[i];
        for (int j = 0; j <= i; j++) {
          row[j] += xi * x[j];
        }
      }
      n++;
    }
    double trace = 0;
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i][j] /= n;
        cov[j][i] = cov[i][j];
      }
      trace += cov[i][i];
    }
    double ridge = Math.max(1e-9, SHRINK * trace / dim);
    for (int i = 0; i < dim; i++) {
      cov[i][i] += ridge;
    }
    return new PoolStats(mean, cholesky(cov));
  }

  /** {@code v} less the mean, scaled to unit length (a new array). */
  float[] center(float[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] - mean[i];
    }
    return InterestModel.unit(out);
  }

  /** Solves (covariance) x = b. */
  double[] solve(double[] b) {
    double[][] l = cholesky;
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
      }
    }
    return l;
  }
}
