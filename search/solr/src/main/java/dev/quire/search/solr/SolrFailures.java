package dev.quire.search.solr;

import dev.quire.search.SearchUnavailable;

/** How a failed Solr request reaches the reader: search is unavailable, with the cause. */
final class SolrFailures {
  private SolrFailures() {}

  static SearchUnavailable unavailable(Exception e) {
    return new SearchUnavailable(
        "Search is unavailable: the search cluster (SolrCloud) does not answer. Try again shortly.",
        e);
  }
}
