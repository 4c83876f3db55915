package dev.quire.paper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder of {@link Paper}, for importers and tests. */
public final class PaperBuilder {
  private String id;
  private String title;
  private String abstractText = "";
  private List<Author> authors = new ArrayList<>();
  private List<String> categories = new ArrayList<>();
  private String primaryCategory;
  private String comments;
  private String doi;
  private String journalRef;
  private String reportNo;
  private String license;
  private String submitter;
  private List<PaperVersion> versions = new ArrayList<>();
  private Instant publishedAt;
  private Instant updatedAt;
  private int upvotes;
  private int numComments;
  private String aiSummary;
  private List<String> aiKeywords = new ArrayList<>();
  private String githubRepo;
  private Integer githubStars;
  private String projectPage;
  private String organization;
  private boolean withdrawn;
  private boolean publishedDayUnknown;
  private int importedComments;

  /** A builder for the paper with this (already normalised) id. */
  public static PaperBuilder paper(String id) {
    PaperBuilder b = new PaperBuilder();
    b.id = id;
    return b;
  }

  static PaperBuilder from(Paper p) {
    PaperBuilder b = paper(p.id());
    b.title = p.title();
    b.abstractText = p.abstractText();
    b.authors = new ArrayList<>(p.authors());
    b.categories = new ArrayList<>(p.categories());
    b.primaryCategory = p.primaryCategory();
    b.comments = p.comments();
    b.doi = p.doi();
    b.journalRef = p.journalRef();
    b.reportNo = p.reportNo();
    b.license = p.license();
    b.submitter = p.submitter();
    b.versions = new ArrayList<>(p.versions());
    b.publishedAt = p.publishedAt();
    b.updatedAt = p.updatedAt();
    b.upvotes = p.upvotes();
    b.numComments = p.numComments();
    b.aiSummary = p.aiSummary();
    b.aiKeywords = new ArrayList<>(p.aiKeywords());
    b.githubRepo = p.githubRepo();
    b.githubStars = p.githubStars();
    b.projectPage = p.projectPage();
    b.organization = p.organization();
    b.withdrawn = p.withdrawn();
    b.publishedDayUnknown = p.publishedDayUnknown();
    b.importedComments = p.importedComments();
    return b;
  }

  public String id() {
    return id;
  }

  public PaperBuilder title(String v) {
    title = v;
    return this;
  }

  public PaperBuilder abstractText(String v) {
    abstractText = v;
    return this;
  }

  public PaperBuilder authors(List<Author> v) {
    authors = new ArrayList<>(v);
    return this;
  }

  public PaperBuilder authorNames(String... names) {
    authors = new ArrayList<>();
    for (String n : names) {
      authors.add(Author.named(n));
    }
    return this;
  }

  public PaperBuilder categories(List<String> v) {
    categories = new ArrayList<>(v);
    return this;
  }

  public PaperBuilder primaryCategory(String v) {
    primaryCategory = v;
    return this;
  }

  public PaperBuilder comments(String v) {
    comments = v;
    return this;
  }

  public PaperBuilder doi(String v) {
    doi = v;
    return this;
  }

  public PaperBuilder journalRef(String v) {
    journalRef = v;
    return this;
  }

  public PaperBuilder reportNo(String v) {
    reportNo = v;
    return this;
  }

  public PaperBuilder license(String v) {
    license = v;
    return this;
  }

  public PaperBuilder submitter(String v) {
    submitter = v;
    return this;
  }

  public PaperBuilder versions(List<PaperVersion> v) {
    versions = new ArrayList<>(v);
    return this;
  }

  /** The first-publication date, its day known. */
  public PaperBuilder publishedAt(Instant v) {
    publishedAt = v;
    publishedDayUnknown = false;
    return this;
  }

  public PaperBuilder updatedAt(Instant v) {
    updatedAt = v;
    return this;
  }

  public PaperBuilder upvotes(int v) {
    upvotes = v;
    return this;
  }

  /** Comments counted where the paper was imported from (also recorded as imported). */
  public PaperBuilder numComments(int v) {
    numComments = v;
    importedComments = v;
    return this;
  }

  public PaperBuilder aiSummary(String v) {
    aiSummary = v;
    return this;
  }

  public PaperBuilder aiKeywords(List<String> v) {
    aiKeywords = new ArrayList<>(v);
    return this;
  }

  public PaperBuilder githubRepo(String v) {
    githubRepo = v;
    return this;
  }

  public PaperBuilder githubStars(Integer v) {
    githubStars = v;
    return this;
  }

  public PaperBuilder projectPage(String v) {
    projectPage = v;
    return this;
  }

  public PaperBuilder organization(String v) {
    organization = v;
    return this;
  }

  public PaperBuilder withdrawn(boolean v) {
    withdrawn = v;
    return this;
  }

  /** The first-publication date, and whether only its month is known. */
  public PaperBuilder published(ArxivDates.Dated v) {
    publishedAt = v.instant();
    publishedDayUnknown = v.instant() != null && !v.dayKnown();
    return this;
  }

  public PaperBuilder publishedDayUnknown(boolean v) {
    publishedDayUnknown = v;
    return this;
  }

  /** The paper; throws when id or title is missing. */
  public Paper build() {
    return new Paper(
        id,
        title,
        abstractText,
        authors,
        categories,
        primaryCategory,
        comments,
        doi,
        journalRef,
        reportNo,
        license,
        submitter,
        versions,
        publishedAt,
        updatedAt,
        upvotes,
        numComments,
        aiSummary,
        aiKeywords,
        githubRepo,
        githubStars,
        projectPage,
        organization,
        withdrawn,
        publishedDayUnknown,
        importedComments);
  }
}
