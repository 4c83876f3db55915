package dev.quire.foryou;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A reader's interests as a few clusters of the embeddings of papers they liked, plus the papers
 * they marked "not interested". A candidate is scored against its best-matching cluster, not one
 * average: a reader of quantum many-body physics and of ML compilers has two clusters, and a paper
 * close to either scores high, while the average of the two would sit between them and match
 * neither.
 */
public final class InterestModel {
  /** Most clusters, whatever the number of positives. */
  static final int MAX_CLUSTERS = 8;

  /** Positives per cluster at least, on average: 2 papers make a cluster of their own. */
  static final int POSITIVES_PER_CLUSTER = 2;

  /** How much a negative's similarity lowers a candidate (Rocchio-style). */
  static final float NEGATIVE_WEIGHT = 0.5f;

  private static final int ITERATIONS = 12;

  private final float[][] positives;
  private final float[][] centroids;
  private final int[] clusterOf;
  private final float[][] negatives;

  private InterestModel(
      float[][] positives, float[][] centroids, int[] clusterOf, float[][] negatives) {
    this.positives = positives;
    this.centroids = centroids;
    this.clusterOf = clusterOf;
    this.negatives = negatives;
  }

  /** The model of these unit-length positive and negative vectors (either may be empty). */
  public static InterestModel of(List<float[]> positives, List<float[]> negatives) {
    float[][] pos = positives.toArray(new float[0][]);
    float[][] neg = negatives.toArray(new float[0][]);
    if (pos.length == 0) {
      return new InterestModel(pos, new float[0][], new int[0], neg);
    }
    int k = clusterCount(pos.length);
    int[] assign = new int[pos.length];
    float[][] centroids = kMeans(pos, k, assign);
    return new InterestModel(pos, centroids, assign, neg);
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

  /** The index of the cluster closest to {@code v}, or -1 without positives. */
  public int bestCluster(float[] v) {
    int best = -1;
    float bestSim = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float s = dot(v, centroids[c]);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * Relevance of a candidate vector: cosine to the best-matching cluster centroid, less {@link
   * #NEGATIVE_WEIGHT} times its cosine to the closest negative.
   */
  public float relevance(float[] v) {
    float pos = 0;
    if (centroids.length > 0) {
      pos = Float.NEGATIVE_INFINITY;
      for (float[] c : centroids) {
        pos = Math.max(pos, dot(v, c));
      }
    }
    return pos - NEGATIVE_WEIGHT * closestNegative(v);
  }

  /** Cosine to the closest negative, 0 without negatives. */
  public float closestNegative(float[] v) {
    if (negatives.length == 0) {
      return 0;
    }
    float neg = Float.NEGATIVE_INFINITY;
    for (float[] n : negatives) {
      neg = Math.max(neg, dot(v, n));
    }
    return neg;
  }

  /**
   * The index (in the order given) of the positive in {@code v}'s best cluster that is closest to
   * it: the paper to name in "like X you upvoted". -1 without positives.
   */
  public int closestPositive(float[] v) {
    int cluster = bestCluster(v);
    int best = -1;
    float bestSim = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < positives.length; i++) {
      if (clusterOf[i] != cluster) {
        continue;
      }
      float s = dot(v, positives[i]);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
    }
    return best;
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
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
