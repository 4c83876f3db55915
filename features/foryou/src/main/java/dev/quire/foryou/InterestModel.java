package dev.quire.foryou;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A reader's interests as a few clusters of the embeddings of papers they liked, plus the papers
 * they marked "not interested". A candidate is scored against its best-matching clusters, not one
 * average: a reader of quantum many-body physics and of ML compilers has two clusters, and a paper
 * close to either scores high, while the average of the two would sit between them and match
 * neither.
 *
 * <p>Vectors are first centred on the period's mean ({@link PoolStats}). Each cluster then scores a
 * candidate twice: by cosine to the cluster's centroid, and along the cluster's whitened
 * (Fisher-discriminant) direction, the covariance of the period's papers shrunk towards the
 * identity. Clusters combine as a mixture weighted by their share of the positives (log-sum-exp),
 * so the best-matching cluster dominates. Without period statistics only the cosine part is used.
 */
public final class InterestModel {
  /** Most clusters, whatever the number of positives. */
  static final int MAX_CLUSTERS = 8;

  /** Positives per cluster at least, on average. */
  static final int POSITIVES_PER_CLUSTER = 2;

  /** Sharpness of the whitened-direction mixture. */
  static final double LDA_KAPPA = 3;

  /** Sharpness of the cosine mixture. */
  static final double COS_KAPPA = 10;

  /** Weight of the cosine mixture next to the whitened one. */
  static final double COS_WEIGHT = 0.3;

  /** How much a negative's (centred) cosine lowers a candidate. */
  static final double NEGATIVE_WEIGHT = 1.5;

  private static final int ITERATIONS = 12;

  private final PoolStats stats;
  private final float[][] positives;
  private final float[][] centroids;
  private final float[][] directions;
  private final double[] logPriors;
  private final int[] clusterOf;
  private final float[][] negatives;

  private InterestModel(
      PoolStats stats,
      float[][] positives,
      float[][] centroids,
      float[][] directions,
      double[] logPriors,
      int[] clusterOf,
      float[][] negatives) {
    this.stats = stats;
    this.positives = positives;
    this.centroids = centroids;
    this.directions = directions;
    this.logPriors = logPriors;
    this.clusterOf = clusterOf;
    this.negatives = negatives;
  }

  /** The model of these unit-length vectors without period statistics (cosine only). */
  public static InterestModel of(List<float[]> positives, List<float[]> negatives) {
    return of(positives, negatives, null);
  }

  /** The model of these unit-length positive and negative vectors (either may be empty). */
  public static InterestModel of(
      List<float[]> positives, List<float[]> negatives, PoolStats stats) {
    float[][] pos =
        positives.stream().map(v -> stats == null ? v : stats.center(v)).toArray(float[][]::new);
    float[][] neg =
        negatives.stream().map(v -> stats == null ? v : stats.center(v)).toArray(float[][]::new);
    if (pos.length == 0) {
      return new InterestModel(stats, pos, new float[0][], null, new double[0], new int[0], neg);
    }
    int k = clusterCount(pos.length);
    int[] assign = new int[pos.length];
    float[][] centroids = kMeans(pos, k, assign);
    int dim = pos[0].length;
    double[] logPriors = new double[centroids.length];
    float[][] directions = stats == null ? null : new float[centroids.length][];
    for (int c = 0; c < centroids.length; c++) {
      double[] m = new double[dim];
      int n = 0;
      for (int i = 0; i < pos.length; i++) {
        if (assign[i] == c) {
          n++;
          for (int d = 0; d < dim; d++) {
            m[d] += pos[i][d];
          }
        }
      }
      logPriors[c] = Math.log(Math.max(1, n) / (double) pos.length);
      if (stats != null) {
        for (int d = 0; d < dim; d++) {
          m[d] /= Math.max(1, n);
        }
        double[] w = stats.solve(m);
        double q = 0;
        for (int d = 0; d < dim; d++) {
          q += w[d] * m[d];
        }
        double norm = Math.sqrt(Math.max(1e-12, q));
        float[] unit = new float[dim];
        for (int d = 0; d < dim; d++) {
          unit[d] = (float) (w[d] / norm);
        }
        directions[c] = unit;
      }
    }
    return new InterestModel(stats, pos, centroids, directions, logPriors, assign, neg);
  }

  /**
   * The reader's distinct interests: the positives (in the order given) split into groups by
   * spherical k-means with k = 2 or 3, whichever separates them best (mean silhouette), or one
   * group when even the best split scores below {@code minSilhouette}. Returns each positive's
   * group.
   */
  public int[] interestGroups(double minSilhouette) {
    int n = positives.length;
    int[] best = new int[n];
    double bestScore = minSilhouette;
    for (int k = 2; k <= Math.min(3, n / 2); k++) {
      int[] assign = new int[n];
      kMeans(positives, k, assign);
      double s = silhouette(positives, assign);
      if (s > bestScore) {
        bestScore = s;
        best = assign;
      }
    }
    return best;
  }

  /** Mean silhouette of this assignment, with 1 - cosine as the distance. */
  static double silhouette(float[][] points, int[] assign) {
    int k = Arrays.stream(assign).max().orElse(0) + 1;
    double total = 0;
    for (int i = 0; i < points.length; i++) {
      double[] sum = new double[k];
      int[] count = new int[k];
      for (int j = 0; j < points.length; j++) {
        if (j != i) {
          sum[assign[j]] += 1 - dot(points[i], points[j]);
          count[assign[j]]++;
        }
      }
      if (count[assign[i]] == 0) {
        continue;
      }
      double a = sum[assign[i]] / count[assign[i]];
      double b = Double.MAX_VALUE;
      for (int c = 0; c < k; c++) {
        if (c != assign[i] && count[c] > 0) {
          b = Math.min(b, sum[c] / count[c]);
        }
      }
      if (b < Double.MAX_VALUE) {
        total += (b - a) / Math.max(a, b);
      }
    }
    return total / points.length;
  }

  /** How many clusters {@code n} positives get: about sqrt(n / 2), 1 to {@link #MAX_CLUSTERS}. */
  static int clusterCount(int n) {
    int k = (int) Math.round(Math.sqrt(n / (double) POSITIVES_PER_CLUSTER));
    return Math.max(1, Math.min(MAX_CLUSTERS, Math.min(k, n)));
  }

  /** Whether there is anything to compare with. */
  public boolean isEmpty() {
    return positives.length == 0 && negatives.length == 0;
  }

  /** Whether there are positives. */
  public boolean hasPositives() {
    return positives.length > 0;
  }

  /** Number of clusters. */
  public int clusters() {
    return centroids.length;
  }

  /** {@code v} as the model compares it: centred on the period's mean when it has statistics. */
  public float[] prepare(float[] v) {
    return stats == null ? v : stats.center(v);
  }

  /** The index of the cluster closest to {@code v}, or -1 without positives. */
  public int bestCluster(float[] v) {
    return best(prepare(v));
  }

  private int best(float[] x) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double s = logPriors[c] + COS_KAPPA * dot(x, centroids[c]);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * Relevance of a candidate vector: the whitened and cosine cluster mixtures, less {@link
   * #NEGATIVE_WEIGHT} times its cosine to the closest negative. Only comparable within one model.
   */
  public float relevance(float[] v) {
    return relevancePrepared(prepare(v));
  }

  /** {@link #relevance} of a vector already {@link #prepare prepared}. */
  public float relevancePrepared(float[] x) {
    double score = 0;
    if (centroids.length > 0) {
      double cos = logSumExp(x, COS_KAPPA, null);
      score = directions == null ? cos : logSumExp(x, LDA_KAPPA, directions) + COS_WEIGHT * cos;
    }
    return (float) (score - NEGATIVE_WEIGHT * closest(x));
  }

  private double logSumExp(float[] x, double kappa, float[][] dirs) {
    double[] s = new double[centroids.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < s.length; c++) {
      double d = dot(x, dirs == null ? centroids[c] : dirs[c]);
      s[c] = logPriors[c] + kappa * d;
      max = Math.max(max, s[c]);
    }
    double sum = 0;
    for (double e : s) {
      sum += Math.exp(e - max);
    }
    return max + Math.log(sum);
  }

  /** Cosine to the closest negative, 0 without negatives. */
  public float closestNegative(float[] v) {
    return closest(prepare(v));
  }

  private float closest(float[] x) {
    if (negatives.length == 0) {
      return 0;
    }
    float neg = Float.NEGATIVE_INFINITY;
    for (float[] n : negatives) {
      neg = Math.max(neg, dot(x, n));
    }
    return neg;
  }

  /**
   * The index (in the order given) of the positive in {@code v}'s best cluster that is closest to
   * it: the paper to name in "like X you upvoted". -1 without positives.
   */
  public int closestPositive(float[] v) {
    float[] x = prepare(v);
    int cluster = best(x);
    int best = -1;
    float bestSim = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < positives.length; i++) {
      if (clusterOf[i] != cluster) {
        continue;
      }
      float s = dot(x, positives[i]);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
    }
    return best;
  }

  static float dot(float[] a, float[] b) {
    return dev.quire.search.embed.Vectors.dot(a, b);
  }

  /**
   * Spherical k-means: centroids are unit-length means, points go to the centroid of highest
   * cosine. Deterministic (k-means++ seeding from a fixed seed), so the same positives give the
   * same clusters.
   */
  static float[][] kMeans(float[][] points, int k, int[] assign) {
    int dim = points[0].length;
    Random random = new Random(42);
    List<float[]> chosen = new ArrayList<>();
    chosen.add(points[0]);
    float[] closest = new float[points.length];
    Arrays.fill(closest, Float.MAX_VALUE);
    while (chosen.size() < k) {
      float[] last = chosen.get(chosen.size() - 1);
      double total = 0;
      for (int i = 0; i < points.length; i++) {
        float d = Math.max(0, 1 - dot(points[i], last));
        closest[i] = Math.min(closest[i], d);
        total += closest[i] * closest[i];
      }
      if (total <= 0) {
        break;
      }
      double r = random.nextDouble() * total;
      int pick = points.length - 1;
      for (int i = 0; i < points.length; i++) {
        r -= closest[i] * closest[i];
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      chosen.add(points[pick]);
    }
    float[][] centroids = new float[chosen.size()][];
    for (int c = 0; c < centroids.length; c++) {
      centroids[c] = chosen.get(c).clone();
    }
    for (int it = 0; it < ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < points.length; i++) {
        int best = 0;
        float bestSim = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
          float s = dot(points[i], centroids[c]);
          if (s > bestSim) {
            bestSim = s;
            best = c;
          }
        }
        if (it == 0 || assign[i] != best) {
          changed = true;
        }
        assign[i] = best;
      }
      if (!changed) {
        break;
      }
      float[][] sums = new float[centroids.length][dim];
      for (int i = 0; i < points.length; i++) {
        float[] s = sums[assign[i]];
        for (int d = 0; d < dim; d++) {
          s[d] += points[i][d];
        }
      }
      for (int c = 0; c < centroids.length; c++) {
        if (norm(sums[c]) > 0) {
          centroids[c] = unit(sums[c]);
        }
      }
    }
    return centroids;
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** {@code v} scaled to unit length (a new array). */
  static float[] unit(float[] v) {
    double n = norm(v);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = n == 0 ? 0 : (float) (v[i] / n);
    }
    return out;
  }
}
