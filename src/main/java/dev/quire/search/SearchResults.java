package dev.quire.search;

import java.util.List;

/**
 * One page of results with facets over the ranked candidates.
 *
 * @param query the parsed query
 * @param hits the page of hits, best first
 * @param total number of ranked candidates (pages never go past it); the ranking reaches one past
 *     the requested page when there is more, so {@code total > offset + hits.size()} means a next
 *     page exists
 * @param offset index of the first hit in the full ranking
 * @param categories category counts over the candidates, most frequent first
 * @param years publication-year counts over the candidates, newest first
 * @param jumpTo the id of the paper to go straight to (an arXiv id query), or null
 * @param semantic whether vectors contributed to the ranking
 * @param matches papers matching the words and filters (for vectors alone: the candidates)
 * @param matchesAtLeast whether more papers match than {@code matches} (counting stops at 1,000)
 */
public record SearchResults(
    SearchQuery query,
    List<SearchHit> hits,
    int total,
    int offset,
    List<Facet> categories,
    List<Facet> years,
    String jumpTo,
    boolean semantic,
    long matches,
    boolean matchesAtLeast) {
  public SearchResults {
    hits = List.copyOf(hits);
    categories = List.copyOf(categories);
    years = List.copyOf(years);
  }

  /** No results. */
  static SearchResults empty(SearchQuery query, int offset) {
    return new SearchResults(
        query, List.of(), 0, offset, List.of(), List.of(), null, false, 0, false);
  }
}
