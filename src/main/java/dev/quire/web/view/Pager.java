package dev.quire.web.view;

/**
 * Previous/next page links of a paginated list.
 *
 * @param page the 1-based page shown
 * @param previousUrl the page before, or null on the first page
 * @param nextUrl the page after, or null on the last page
 */
public record Pager(int page, String previousUrl, String nextUrl) {
  /** A list that fits on one page. */
  public static Pager single() {
    return new Pager(1, null, null);
  }

  /** Whether there is more than one page, so that the pager is worth showing. */
  public boolean needed() {
    return previousUrl != null || nextUrl != null;
  }
}
