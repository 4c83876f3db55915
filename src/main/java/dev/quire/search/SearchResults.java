package dev.quire.search;

import java.util.List;

/**
 * One page of results with facets over the ranked candidates.
 *
 * @param query the parsed query
 * @param hits the page of hits, best first
 * @param total number of ranked candidates (pages never go past it)
 * @param offset index of the first hit in the full ranking
 * @param categories category counts over the candidates, most frequent first
 * @param years publication-year counts over the candidates, newest first
 * @param jumpTo the id of the paper to go straight to (an arXiv id query), or null
 * @param semantic whether vectors contributed to the ranking
 */
public record SearchResults(
    SearchQuery query,
    List<SearchHit> hits,
    int total,
    int offset,
    List<Facet> categories,
    List<Facet> years,
    String jumpTo,
    boolean semantic) {
  public SearchResults {
    hits = List.copyOf(hits);
    categories = List.copyOf(categories);
    years = List.copyOf(years);
  }

  /** No results. */
  static SearchResults empty(SearchQuery query, int offset) {
    return new SearchResults(query, List.of(), 0, offset, List.of(), List.of(), null, false);
  }
}
