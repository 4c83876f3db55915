package dev.quire.paper;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One paper with everything Quire knows of it. Lists are never null; optional scalars are null when
 * unknown.
 *
 * @param id normalised arXiv id
 * @param title title, whitespace collapsed
 * @param abstractText abstract
 * @param authors authors in order
 * @param categories arXiv categories, primary first when known
 * @param primaryCategory primary arXiv category
 * @param comments arXiv comments field
 * @param doi DOI
 * @param journalRef journal reference
 * @param reportNo report number
 * @param license licence URL
 * @param submitter who submitted it to arXiv
 * @param versions known arXiv versions, oldest first
 * @param publishedAt first publication on arXiv
 * @param updatedAt last update on arXiv
 * @param upvotes imported upvotes
 * @param numComments imported comment count
 * @param aiSummary one-sentence AI summary from the source
 * @param aiKeywords AI keywords from the source
 * @param githubRepo code repository URL
 * @param githubStars stars of the code repository
 * @param projectPage project page URL
 * @param organization name of the linked organisation
 * @param withdrawn whether arXiv marked it deleted or withdrawn
 * @param publishedDayUnknown true when only the month of {@code publishedAt} is known (a listing
 *     without versions whose date does not fit the id's month)
 * @param importedComments how many of {@code numComments} were imported (Hugging Face's discussion,
 *     which readers here cannot see); set when read from the database, else 0
 */
public record Paper(
    String id,
    String title,
    String abstractText,
    List<Author> authors,
    List<String> categories,
    String primaryCategory,
    String comments,
    String doi,
    String journalRef,
    String reportNo,
    String license,
    String submitter,
    List<PaperVersion> versions,
    Instant publishedAt,
    Instant updatedAt,
    int upvotes,
    int numComments,
    String aiSummary,
    List<String> aiKeywords,
    String githubRepo,
    Integer githubStars,
    String projectPage,
    String organization,
    boolean withdrawn,
    boolean publishedDayUnknown,
    int importedComments) {

  public Paper {
    Objects.requireNonNull(id, "id");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("paper " + id + " has no title");
    }
    abstractText = abstractText == null ? "" : abstractText;
    authors = List.copyOf(authors == null ? List.of() : authors);
    categories = List.copyOf(categories == null ? List.of() : categories);
    versions = List.copyOf(versions == null ? List.of() : versions);
    aiKeywords = List.copyOf(aiKeywords == null ? List.of() : aiKeywords);
  }

  /** The comments readers can open on this site: all counted ones less those imported from HF. */
  public int siteComments() {
    return Math.max(0, numComments - importedComments);
  }

  /** The highest known version number, or null when no version is known. */
  public Integer latestVersion() {
    return versions.stream().map(PaperVersion::number).max(Integer::compare).orElse(null);
  }

  /** The arXiv abstract page. */
  public String absUrl() {
    return "https://arxiv.org/abs/" + id;
  }

  /** The arXiv PDF. */
  public String pdfUrl() {
    return "https://arxiv.org/pdf/" + id;
  }

  /** A builder pre-filled with this paper's values. */
  public PaperBuilder toBuilder() {
    return PaperBuilder.from(this);
  }
}
