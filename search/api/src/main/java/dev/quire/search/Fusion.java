package dev.quire.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Fuses keyword and vector rankings into one list: a convex combination of min-max normalised
 * scores (the default, see docs/decisions.md §9), reciprocal rank fusion, or the older weighted sum
 * of max-normalised keyword scores.
 */
public final class Fusion {
  /** A ranked item as fusion sees it: an id and its score in one list. */
  public interface Scored {
    String id();

    float score();
  }

  /** RRF's rank constant from Cormack et al. (2009). */
  public static final int RRF_K = 60;

  /** The default: weight of the keyword score in the convex combination. */
  public static final float CONVEX_KEYWORD_WEIGHT = 0.5f;

  /** How lists are combined. */
  public enum Mode {
    RRF,
    WEIGHTED,
    CONVEX
  }

  private final Mode mode;
  private final float keywordWeight;
  private final int rrfK;

  public Fusion(Mode mode, float keywordWeight) {
    this(mode, keywordWeight, RRF_K);
  }

  public Fusion(Mode mode, float keywordWeight, int rrfK) {
    this.mode = mode;
    this.keywordWeight = keywordWeight;
    this.rrfK = rrfK;
  }

  public static Fusion rrf() {
    return new Fusion(Mode.RRF, 0.5f);
  }

  /** The ranking setup: convex fusion with {@link #CONVEX_KEYWORD_WEIGHT}. */
  public static Fusion standard() {
    return new Fusion(Mode.CONVEX, CONVEX_KEYWORD_WEIGHT);
  }

  /**
   * A fusion from its name: {@code rrf}, {@code rrf:K}, {@code convex:W} or {@code weighted:W} (W
   * the keyword weight, 0 to 1).
   */
  public static Fusion parse(String spec) {
    String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
    String arg = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : null;
    try {
      switch (name) {
        case "rrf":
          return new Fusion(Mode.RRF, 0.5f, arg == null ? RRF_K : Integer.parseInt(arg));
        case "convex":
          return new Fusion(
              Mode.CONVEX, arg == null ? CONVEX_KEYWORD_WEIGHT : weight(Float.parseFloat(arg)));
        case "weighted":
          return new Fusion(Mode.WEIGHTED, arg == null ? 0.5f : weight(Float.parseFloat(arg)));
        default:
          break;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--fusion must be convex[:W], rrf[:K] or weighted[:W]; got '" + spec + "'");
  }

  private static float weight(float w) {
    if (!(w >= 0 && w <= 1)) {
      throw new NumberFormatException("weight out of range");
    }
    return w;
  }

  public Mode mode() {
    return mode;
  }

  /**
   * The fused ranking, best first; ties keep the keyword order, then the vector order. {@code
   * rescored} gives a hit (the first seen for its id) its fused score.
   */
  public <H extends Scored> List<H> fuse(
      List<H> keyword, List<H> vector, BiFunction<H, Float, H> rescored) {
    Map<String, float[]> scores = new LinkedHashMap<>();
    Map<String, H> byId = new HashMap<>();
    float kwMax = max(keyword);
    float kwMin = min(keyword);
    float vecMax = max(vector);
    float vecMin = min(vector);
    for (int i = 0; i < keyword.size(); i++) {
      H h = keyword.get(i);
      float s =
          switch (mode) {
            case RRF -> 1f / (rrfK + i + 1);
            case WEIGHTED -> keywordWeight * (kwMax > 0 ? h.score() / kwMax : 0f);
            case CONVEX -> keywordWeight * normalised(h.score(), kwMin, kwMax);
          };
      scores.computeIfAbsent(h.id(), k -> new float[1])[0] += s;
      byId.putIfAbsent(h.id(), h);
    }
    for (int i = 0; i < vector.size(); i++) {
      H h = vector.get(i);
      float s =
          mode == Mode.RRF
              ? 1f / (rrfK + i + 1)
              : (1 - keywordWeight) * normalised(h.score(), vecMin, vecMax);
      scores.computeIfAbsent(h.id(), k -> new float[1])[0] += s;
      byId.putIfAbsent(h.id(), h);
    }
    List<H> out = new ArrayList<>(scores.size());
    scores.forEach((id, s) -> out.add(rescored.apply(byId.get(id), s[0])));
    out.sort((a, b) -> Float.compare(b.score(), a.score())); // stable: insertion order on ties
    return out;
  }

  /** A score mapped to 0..1 between the list's lowest and highest; 1 when all are equal. */
  private static float normalised(float score, float min, float max) {
    return max > min ? (score - min) / (max - min) : 1f;
  }

  private static float max(List<? extends Scored> hits) {
    float m = Float.NEGATIVE_INFINITY;
    for (Scored h : hits) {
      m = Math.max(m, h.score());
    }
    return hits.isEmpty() ? 0 : m;
  }

  private static float min(List<? extends Scored> hits) {
    float m = Float.POSITIVE_INFINITY;
    for (Scored h : hits) {
      m = Math.min(m, h.score());
    }
    return hits.isEmpty() ? 0 : m;
  }
}
