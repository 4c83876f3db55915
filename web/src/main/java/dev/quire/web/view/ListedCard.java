package dev.quire.web.view;

/**
 * A card on a daily, weekly or monthly list with how it got there.
 *
 * @param card the paper's card
 * @param featured whether it was featured (Hugging Face file or submission) rather than only
 *     announced
 * @param crossListedFrom the primary category when the paper is listed in the chosen category as a
 *     cross-list, else null
 */
public record ListedCard(PaperCard card, boolean featured, String crossListedFrom) {
  /** The small label beside the title: "Featured", "Cross-list from hep-th", or null. */
  public String note() {
    if (featured) {
      return "Featured";
    }
    return crossListedFrom == null ? null : "Cross-list from " + crossListedFrom;
  }
}
