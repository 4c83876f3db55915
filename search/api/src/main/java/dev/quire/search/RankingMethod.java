package dev.quire.search;

/** Which candidates rank the results: keywords, meaning, or both fused. */
public enum RankingMethod {
  BM25,
  DENSE,
  HYBRID
}
