package dev.quire.web.view;

import dev.quire.paper.Author;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * One paper as a card on a list page.
 *
 * @param id arXiv id
 * @param title title
 * @param abstractText full abstract; the page clips it visually
 * @param longAbstract whether the abstract is long enough to need a "show more" toggle
 * @param authorNames the first few author names, comma-separated
 * @param namedAuthors the same first few author names, one by one, each linked on the card
 * @param moreAuthors how many authors are not named, 0 when all are
 * @param authorCount number of authors
 * @param organization the paper's organisation, or null
 * @param organizationAvatar the organisation's logo when it is a safe absolute URL, else null
 * @param featuredOn the day it was featured, or null
 * @param upvotes upvotes
 * @param numComments comments readers can see here
 * @param importedComments comments counted on Hugging Face, not shown here
 * @param githubUrl code repository when it is a safe absolute URL, else null
 * @param githubStars stars of the repository, or null
 * @param withdrawn whether arXiv withdrew it
 */
public record PaperCard(
    String id,
    String title,
    String abstractText,
    boolean longAbstract,
    String authorNames,
    List<String> namedAuthors,
    int moreAuthors,
    int authorCount,
    Organization organization,
    String organizationAvatar,
    LocalDate featuredOn,
    int upvotes,
    int numComments,
    int importedComments,
    String githubUrl,
    Integer githubStars,
    boolean withdrawn) {

  /** Authors named on a card before "+N authors". */
  static final int NAMED_AUTHORS = 3;

  /** Abstracts longer than this get a toggle; shorter ones fit the clipped box. */
  static final int CLIP_CHARS = 280;

  /** The card of a featured paper. */
  public static PaperCard of(FeaturedPaper f) {
    Paper p = f.paper();
    List<Author> authors = p.authors();
    List<String> named = authors.stream().limit(NAMED_AUTHORS).map(Author::name).toList();
    Organization org = f.organization();
    return new PaperCard(
        p.id(),
        p.title(),
        p.abstractText().strip(),
        p.abstractText().strip().length() > CLIP_CHARS,
        String.join(", ", named),
        named,
        authors.size() - named.size(),
        authors.size(),
        org,
        org == null ? null : Urls.external(org.avatarUrl()),
        f.entry() == null ? null : f.entry().featuredOn(),
        p.upvotes(),
        p.siteComments(),
        p.importedComments(),
        Urls.external(p.githubRepo()),
        p.githubStars(),
        p.withdrawn());
  }

  /** The paper's page. */
  public String url() {
    return Urls.paper(id);
  }

  /** Where the card's upvote form posts. */
  public String voteUrl() {
    return Urls.paper(id) + "/vote";
  }

  /** The page of an author named on the card, e.g. /authors/Ada%20Lovelace. */
  public String authorUrl(String name) {
    return Urls.author(name);
  }

  /** "+14 authors", or empty when every author is named. */
  public String moreAuthorsLabel() {
    return moreAuthors == 0 ? "" : "+" + moreAuthors + (moreAuthors == 1 ? " author" : " authors");
  }

  /** The organisation's page, or null. */
  public String organizationUrl() {
    return organization == null ? null : Urls.organization(organization.name());
  }

  /** The daily list of the day it was featured, or null. */
  public String featuredUrl() {
    return featuredOn == null ? null : Urls.period(Period.day(featuredOn), null, 1);
  }

  /** "Aug 21, 2026", or empty. */
  public String featuredLabel() {
    return Dates.day(featuredOn);
  }

  /** An id usable in HTML id attributes. */
  public String domId() {
    return "paper-" + id.replaceAll("[^A-Za-z0-9]", "-");
  }

  /** "1 comment" / "5 comments": the comments a reader can open here. */
  public String commentsLabel() {
    return Numbers.counted(numComments, "comment", "comments");
  }

  /** "2 on Hugging Face" when comments were imported with the paper, else empty. */
  public String importedCommentsLabel() {
    return importedComments == 0 ? "" : Numbers.grouped(importedComments) + " on Hugging Face";
  }
}
