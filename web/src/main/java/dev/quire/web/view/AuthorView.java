package dev.quire.web.view;

import dev.quire.foryou.Follows;
import java.util.List;

/**
 * The page of one author name.
 *
 * @param author papers, co-authors, organisations and name variants
 * @param cards this page of papers, newest first
 * @param pager links to the other pages
 * @param following whether the reader follows this name
 */
public record AuthorView(
    Follows.AuthorPage author, List<PaperCard> cards, Pager pager, boolean following) {
  public AuthorView {
    cards = List.copyOf(cards);
  }

  /** The page of another author name. */
  public static String href(String name) {
    return "/authors/" + Urls.encode(name);
  }

  /** This page's own URL. */
  public String self() {
    return href(author.name());
  }
}
