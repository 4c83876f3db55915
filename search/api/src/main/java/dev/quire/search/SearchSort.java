package dev.quire.search;

/** The order of search results. */
public enum SearchSort {
  /** Best match first (fused keyword and meaning ranks). */
  RELEVANCE,
  /** Newest published first. */
  DATE,
  /** Most upvoted first. */
  UPVOTES
}
