package dev.quire.web.view;

import java.util.List;

/**
 * The page of an arXiv category or archive.
 *
 * @param code "cond-mat.str-el"
 * @param name "Strongly Correlated Electrons"
 * @param cards this page's papers, newest first
 * @param pager links to the other pages
 * @param offset papers before this page
 */
public record CategoryView(
    String code, String name, List<PaperCard> cards, Pager pager, int offset) {
  public CategoryView {
    cards = List.copyOf(cards);
  }

  /** "12 papers, newest first" or "Papers 51–100, newest first". */
  public String countLabel() {
    String n =
        pager.needed()
            ? "Papers "
                + Numbers.grouped(offset + 1L)
                + "–"
                + Numbers.grouped((long) offset + cards.size())
            : Numbers.counted(cards.size(), "paper", "papers");
    return n + ", newest first";
  }

  /** Whether this is an archive (cond-mat) rather than one category (cond-mat.str-el). */
  public boolean archive() {
    return code.indexOf('.') < 0;
  }
}
