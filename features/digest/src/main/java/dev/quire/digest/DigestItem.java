package dev.quire.digest;

/**
 * One paper as a digest mail shows it.
 *
 * @param title the title
 * @param authors the first authors, e.g. "Ada Lovelace, Alan Turing, Grace Hopper and 4 more"
 * @param organization the organisation's display name, or null
 * @param upvotes upvotes
 * @param summary two or three lines: the AI summary, else the start of the abstract
 * @param url the paper's page on this site
 * @param reason why it is suggested to this reader ("For you" section), or null
 */
public record DigestItem(
    String title,
    String authors,
    String organization,
    int upvotes,
    String summary,
    String url,
    String reason) {

  /** This paper with the reason it is suggested. */
  public DigestItem withReason(String why) {
    return new DigestItem(title, authors, organization, upvotes, summary, url, why);
  }
}
