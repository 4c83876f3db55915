package dev.quire.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses keyword and vector rankings into one list: reciprocal rank fusion (the default, see
 * docs/decisions.md) or a weighted sum of max-normalised scores.
 */
final class Fusion {
  /** RRF's rank constant from Cormack et al. (2009). */
  static final int RRF_K = 60;

  /** How lists are combined. */
  enum Mode {
    RRF,
    WEIGHTED
  }

  private final Mode mode;
  private final float keywordWeight;

  Fusion(Mode mode, float keywordWeight) {
    this.mode = mode;
    this.keywordWeight = keywordWeight;
  }

  static Fusion rrf() {
    return new Fusion(Mode.RRF, 0.5f);
  }

  Mode mode() {
    return mode;
  }

  /** The fused ranking, best first; ties keep the keyword order, then the vector order. */
  List<PaperIndex.Hit> fuse(List<PaperIndex.Hit> keyword, List<PaperIndex.Hit> vector) {
    Map<String, float[]> scores = new LinkedHashMap<>();
    Map<String, PaperIndex.Hit> byId = new HashMap<>();
    float kwMax = max(keyword);
    float vecMax = max(vector);
    float vecMin = min(vector);
    for (int i = 0; i < keyword.size(); i++) {
      PaperIndex.Hit h = keyword.get(i);
      float s =
          mode == Mode.RRF
              ? 1f / (RRF_K + i + 1)
              : keywordWeight * (kwMax > 0 ? h.score() / kwMax : 0f);
      scores.computeIfAbsent(h.id(), k -> new float[1])[0] += s;
      byId.putIfAbsent(h.id(), h);
    }
    for (int i = 0; i < vector.size(); i++) {
      PaperIndex.Hit h = vector.get(i);
      float norm = vecMax > vecMin ? (h.score() - vecMin) / (vecMax - vecMin) : 1f;
      float s = mode == Mode.RRF ? 1f / (RRF_K + i + 1) : (1 - keywordWeight) * norm;
      scores.computeIfAbsent(h.id(), k -> new float[1])[0] += s;
      byId.putIfAbsent(h.id(), h);
    }
    List<PaperIndex.Hit> out = new ArrayList<>(scores.size());
    scores.forEach((id, s) -> out.add(new PaperIndex.Hit(byId.get(id).doc(), id, s[0])));
    out.sort((a, b) -> Float.compare(b.score(), a.score())); // stable: insertion order on ties
    return out;
  }

  private static float max(List<PaperIndex.Hit> hits) {
    float m = Float.NEGATIVE_INFINITY;
    for (PaperIndex.Hit h : hits) {
      m = Math.max(m, h.score());
    }
    return hits.isEmpty() ? 0 : m;
  }

  private static float min(List<PaperIndex.Hit> hits) {
    float m = Float.POSITIVE_INFINITY;
    for (PaperIndex.Hit h : hits) {
      m = Math.min(m, h.score());
    }
    return hits.isEmpty() ? 0 : m;
  }
}
