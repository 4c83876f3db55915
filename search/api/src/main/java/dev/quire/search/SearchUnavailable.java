package dev.quire.search;

/**
 * The search engine cannot answer now (e.g. SolrCloud unreachable). Web answers 503 with the
 * message; pages that only use search on the side (related papers) show none instead.
 */
public final class SearchUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
