package dev.quire.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Lays papers out in two dimensions by their embeddings: the plane of the two principal components
 * (power iteration on the centred vectors), and k-means clusters (k-means++ start, cosine) in the
 * full space. Deterministic for the same papers: the random start is seeded.
 */
final class MapLayout {
  /** The seed of the k-means++ start and the power iteration; maps are the same on every call. */
  static final long SEED = 20261128L;

  private static final int POWER_ITERATIONS = 30;
  private static final int KMEANS_ITERATIONS = 20;
  private static final int MAX_CLUSTERS = 10;

  private MapLayout() {}

  /** Cluster count for {@code n} papers: √(n/4), between 2 and 10 (1 for under 6 papers). */
  static int clusterCount(int n) {
    if (n < 6) {
      return 1;
    }
    return Math.max(2, Math.min(MAX_CLUSTERS, (int) Math.round(Math.sqrt(n / 4.0))));
  }

  /** Places the papers that have vectors. */
  static PaperMap layout(List<MapInput> inputs) {
    List<MapInput> placed = inputs.stream().filter(i -> i.vector() != null).toList();
    int unplaced = inputs.size() - placed.size();
    int n = placed.size();
    if (n == 0) {
      return PaperMap.empty(unplaced);
    }
    int d = placed.get(0).vector().length;
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      float[] v = placed.get(i).vector();
      if (v.length != d) {
        throw new IllegalArgumentException(
            "paper " + placed.get(i).id() + " has a " + v.length + "-d vector, expected " + d);
      }
      x[i] = v;
    }
    double[][] xy = project(x, d);
    int k = clusterCount(n);
    int[] assignment = kMeans(x, d, k);
    List<String> titles = placed.stream().map(MapInput::title).toList();
    List<List<String>> words = ClusterLabels.label(titles, assignment, k);
    // clusters largest first
    int[] sizes = new int[k];
    double[] cx = new double[k];
    double[] cy = new double[k];
    for (int i = 0; i < n; i++) {
      sizes[assignment[i]]++;
      cx[assignment[i]] += xy[i][0];
      cy[assignment[i]] += xy[i][1];
    }
    Integer[] order = new Integer[k];
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(sizes[b], sizes[a]));
    int[] rank = new int[k];
    List<PaperMap.Cluster> clusters = new ArrayList<>();
    for (int r = 0; r < k; r++) {
      int c = order[r];
      rank[c] = r;
      if (sizes[c] > 0) {
        clusters.add(
            new PaperMap.Cluster(words.get(c), sizes[c], cx[c] / sizes[c], cy[c] / sizes[c]));
      }
    }
    List<PaperMap.Point> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      MapInput p = placed.get(i);
      points.add(new PaperMap.Point(p.id(), p.title(), xy[i][0], xy[i][1], rank[assignment[i]]));
    }
    return new PaperMap(points, clusters, unplaced);
  }

  /** The papers on the plane of the first two principal components, scaled into [0, 1]². */
  static double[][] project(float[][] x, int d) {
    int n = x.length;
    double[] mean = new double[d];
    for (float[] v : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += v[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    Random random = new Random(SEED);
    double[] first = principal(x, mean, null, random);
    double[] second = principal(x, mean, first, random);
    double[][] xy = new double[n][2];
    for (int i = 0; i < n; i++) {
      xy[i][0] = centredDot(x[i], mean, first);
      xy[i][1] = centredDot(x[i], mean, second);
    }
    for (int axis = 0; axis < 2; axis++) {
      spread(xy, axis);
    }
    return xy;
  }

  /**
   * Scales one axis into [0, 1]: half by value (distances kept) and half by rank (a dense core
   * opened up, a far outlier no longer squeezing everything else into a corner).
   */
  private static void spread(double[][] xy, int axis) {
    int n = xy.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] p : xy) {
      min = Math.min(min, p[axis]);
      max = Math.max(max, p[axis]);
    }
    double span = max - min;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(xy[a][axis], xy[b][axis]));
    double[] rank = new double[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = n == 1 ? 0.5 : r / (double) (n - 1);
    }
    for (int i = 0; i < n; i++) {
      double byValue = span > 0 ? (xy[i][axis] - min) / span : 0.5;
      xy[i][axis] = span > 0 ? (byValue + rank[i]) / 2 : 0.5;
    }
  }

  /** The leading direction of the centred data, orthogonal to {@code except} when given. */
  private static double[] principal(float[][] x, double[] mean, double[] except, Random random) {
    int d = mean.length;
    double[] v = new double[d];
    for (int j = 0; j < d; j++) {
      v[j] = random.nextGaussian();
    }
    orthogonalise(v, except);
    normalise(v);
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      double[] w = new double[d];
      for (float[] row : x) {
        double s = centredDot(row, mean, v);
        for (int j = 0; j < d; j++) {
          w[j] += s * (row[j] - mean[j]);
        }
      }
      orthogonalise(w, except);
      if (normalise(w) == 0) {
        return v;
      }
      v = w;
    }
    return v;
  }

  private static double centredDot(float[] row, double[] mean, double[] v) {
    double s = 0;
    for (int j = 0; j < v.length; j++) {
      s += (row[j] - mean[j]) * v[j];
    }
    return s;
  }

  private static void orthogonalise(double[] v, double[] against) {
    if (against == null) {
      return;
    }
    double s = 0;
    for (int j = 0; j < v.length; j++) {
      s += v[j] * against[j];
    }
    for (int j = 0; j < v.length; j++) {
      v[j] -= s * against[j];
    }
  }

  private static double normalise(double[] v) {
    double s = 0;
    for (double a : v) {
      s += a * a;
    }
    double norm = Math.sqrt(s);
    if (norm > 0) {
      for (int j = 0; j < v.length; j++) {
        v[j] /= norm;
      }
    }
    return norm;
  }

  /** Cluster of each row: k-means by cosine similarity with a k-means++ start. */
  static int[] kMeans(float[][] rows, int d, int k) {
    int n = rows.length;
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      x[i] = unit(rows[i]);
    }
    int[] assignment = new int[n];
    if (k <= 1) {
      return assignment;
    }
    Random random = new Random(SEED);
    float[][] centres = new float[k][];
    centres[0] = x[random.nextInt(n)].clone();
    double[] distance = new double[n];
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c; j++) {
          best = Math.min(best, 1 - cosine(x[i], centres[j]));
        }
        distance[i] = best * best;
        total += distance[i];
      }
      double pick = random.nextDouble() * total;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= distance[i];
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      centres[c] = x[chosen].clone();
    }
    Arrays.fill(assignment, -1);
    for (int it = 0; it < KMEANS_ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double sim = cosine(x[i], centres[c]);
          if (sim > bestSim) {
            bestSim = sim;
            best = c;
          }
        }
        if (assignment[i] != best) {
          assignment[i] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      float[][] sums = new float[k][d];
      int[] counts = new int[k];
      for (int i = 0; i < n; i++) {
        float[] s = sums[assignment[i]];
        for (int j = 0; j < d; j++) {
          s[j] += x[i][j];
        }
        counts[assignment[i]]++;
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          centres[c] = unit(sums[c]);
        }
      }
    }
    return assignment;
  }

  /** The dot product of two unit vectors. */
  private static double cosine(float[] a, float[] b) {
    float dot = 0;
    for (int j = 0; j < a.length; j++) {
      dot += a[j] * b[j];
    }
    return dot;
  }

  private static float[] unit(float[] v) {
    double s = 0;
    for (float a : v) {
      s += a * a;
    }
    float[] out = v.clone();
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int j = 0; j < out.length; j++) {
        out[j] *= inv;
      }
    }
    return out;
  }
}
