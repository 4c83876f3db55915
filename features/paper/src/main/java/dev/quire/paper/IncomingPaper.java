package dev.quire.paper;

/**
 * One paper as a source (an import file, an OAI-PMH page, arXiv's API, a submission) gives it, to
 * be merged into what is stored: the paper, and when the source says so its organisation and
 * daily-list entry.
 *
 * @param paper the paper
 * @param organization its organisation, or null
 * @param entry its daily-list entry, or null
 */
public record IncomingPaper(Paper paper, Organization organization, DailyEntry entry) {
  /** A paper with no organisation and no daily-list entry. */
  public static IncomingPaper of(Paper paper) {
    return new IncomingPaper(paper, null, null);
  }
}
