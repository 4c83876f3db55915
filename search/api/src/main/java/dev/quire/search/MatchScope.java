package dev.quire.search;

/** Which papers a search's count and facets describe. */
public enum MatchScope {
  /** Papers with all the words and phrases, within the filters. */
  ALL_WORDS,
  /** Papers with any of the words (no paper has all of them), within the filters. */
  ANY_WORD,
  /** Papers within the filters (no words). */
  FILTERS,
  /** The ranked results shown (no paper has all the words). */
  TOP_RESULTS
}
