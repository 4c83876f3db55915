package dev.quire.web.view;

/**
 * Previous/next page links of a paginated list.
 *
 * @param page the 1-based page shown
 * @param previousUrl the page before, or null on the first page
 * @param nextUrl the page after, or null on the last page
 * @param pages how many pages the list has, or 0 when unknown
 */
public record Pager(int page, String previousUrl, String nextUrl, int pages) {
  /** A pager that does not know how many pages there are. */
  public Pager(int page, String previousUrl, String nextUrl) {
    this(page, previousUrl, nextUrl, 0);
  }

  /** A list that fits on one page. */
  public static Pager single() {
    return new Pager(1, null, null);
  }

  /** Whether there is more than one page, so that the pager is worth showing. */
  public boolean needed() {
    return previousUrl != null || nextUrl != null;
  }
}
