package dev.quire.search;

import java.util.List;

/**
 * One page of results with facets over the counted papers.
 *
 * @param query the parsed query
 * @param hits the page of hits, best first
 * @param total number of ranked candidates (pages never go past it); the ranking reaches one past
 *     the requested page when there is more, so {@code total > offset + hits.size()} means a next
 *     page exists
 * @param offset index of the first hit in the full ranking
 * @param categories category counts over the counted papers ({@code scope}), most frequent first
 * @param years publication-year counts over the counted papers, newest first
 * @param jumpTo the id of the paper to go straight to (an arXiv id query), or null
 * @param semantic whether vectors contributed to the ranking
 * @param matches number of counted papers ({@code scope} says which)
 * @param matchesAtLeast whether more papers match than {@code matches}
 * @param scope which papers {@code matches} and the facets count
 * @param indexing how far the index is while it is being built, or null when complete
 * @param suggestion a respelt query with more matches ("did you mean"), or null
 * @param missingId the arXiv id asked for when this hub does not have that paper, or null
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
    boolean matchesAtLeast,
    MatchScope scope,
    IndexProgress indexing,
    String suggestion,
    String missingId) {
  public SearchResults {
    hits = List.copyOf(hits);
    categories = List.copyOf(categories);
    years = List.copyOf(years);
  }

  /**
   * How far the index is while being built.
   *
   * @param indexed papers searchable now
   * @param papers papers in the database
   */
  public record IndexProgress(int indexed, int papers) {
    /** "index building: 1,200 of 5,000 papers". */
    public String describe() {
      return String.format("index building: %,d of %,d papers", indexed, papers);
    }
  }
}
