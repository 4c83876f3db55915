package dev.quire.web.view;

import dev.quire.paper.Organization;
import java.util.List;

/**
 * The page of one organisation: its header and one page of its papers.
 *
 * @param organization the organisation
 * @param paperCount how many papers are linked to it
 * @param cards the papers of this page, most upvoted first
 * @param pager links to the other pages
 */
public record OrganizationView(
    Organization organization, int paperCount, List<PaperCard> cards, Pager pager) {
  public OrganizationView {
    cards = List.copyOf(cards);
  }

  /** The logo when its URL is safe, else null. */
  public String avatar() {
    return Urls.external(organization.avatarUrl());
  }

  /** The first letter of the name, shown when there is no logo. */
  public String initial() {
    String name = organization.displayName().strip();
    return name.isEmpty()
        ? "?"
        : new String(Character.toChars(name.codePointAt(0))).toUpperCase(java.util.Locale.ROOT);
  }

  /** "12 papers". */
  public String countLabel() {
    return Numbers.counted(paperCount, "paper", "papers");
  }

  /** The organisation on Hugging Face. */
  public String huggingFaceUrl() {
    return "https://huggingface.co/" + Urls.encode(organization.name());
  }
}
