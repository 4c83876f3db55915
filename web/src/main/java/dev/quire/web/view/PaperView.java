package dev.quire.web.view;

import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperVersion;
import dev.quire.paper.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the page of one paper shows.
 *
 * @param paper the paper
 * @param organization its organisation, or null
 * @param entries every day it was featured, oldest first
 */
public record PaperView(Paper paper, Organization organization, List<DailyEntry> entries) {
  public PaperView {
    entries = List.copyOf(entries);
  }

  /**
   * One day the paper was featured.
   *
   * @param label the day in words
   * @param href the daily list of that day
   * @param submittedBy who submitted it, or empty
   */
  public record Featured(String label, String href, String submittedBy) {}

  /**
   * One arXiv version.
   *
   * @param label "v2"
   * @param href its abstract page on arXiv
   * @param date its submission day in words, or empty
   */
  public record Version(String label, String href, String date) {}

  /** Categories with the primary one first. */
  public List<String> categories() {
    List<String> out = new ArrayList<>();
    if (paper.primaryCategory() != null && !paper.primaryCategory().isBlank()) {
      out.add(paper.primaryCategory());
    }
    paper.categories().stream().filter(c -> !out.contains(c)).forEach(out::add);
    return out;
  }

  /** arXiv's name of a category ("Strongly Correlated Electrons"), or null for other codes. */
  public String categoryName(String category) {
    return dev.quire.paper.ArxivTaxonomy.get().name(category).orElse(null);
  }

  /** Whether {@code category} is the primary one. */
  public boolean primary(String category) {
    return category.equals(paper.primaryCategory());
  }

  /** The code repository when its URL is safe to link, else null. */
  public String githubUrl() {
    return Urls.external(paper.githubRepo());
  }

  /** The project page when its URL is safe to link, else null. */
  public String projectUrl() {
    return Urls.external(paper.projectPage());
  }

  /** The organisation's logo when its URL is safe, else null. */
  public String organizationAvatar() {
    return organization == null ? null : Urls.external(organization.avatarUrl());
  }

  /** "1 comment" / "5 comments": the comments a reader can open here (as on the cards). */
  public String commentsLabel() {
    return Numbers.counted(paper.siteComments(), "comment", "comments");
  }

  /** How many comments Hugging Face counted for the paper (not shown here); 0 when none. */
  public int importedComments() {
    return paper.importedComments();
  }

  /** The organisation's page, or null. */
  public String organizationUrl() {
    return organization == null ? null : Urls.organization(organization.name());
  }

  /** The DOI resolver link, or null. */
  public String doiUrl() {
    String doi = paper.doi();
    return doi == null || doi.isBlank() ? null : "https://doi.org/" + doi.strip();
  }

  /** The licence when it is a safe link, else null. */
  public String licenseUrl() {
    return Urls.external(paper.license());
  }

  /** Known versions, newest first. */
  public List<Version> versions() {
    return paper.versions().stream()
        .sorted((a, b) -> Integer.compare(b.number(), a.number()))
        .map(this::version)
        .toList();
  }

  private Version version(PaperVersion v) {
    return new Version("v" + v.number(), paper.absUrl() + "v" + v.number(), Dates.day(v.created()));
  }

  /** Every day the paper was featured, oldest first. */
  public List<Featured> featured() {
    return entries.stream()
        .map(
            e ->
                new Featured(
                    Dates.day(e.featuredOn()),
                    Urls.period(Period.day(e.featuredOn()), null, 1),
                    submitter(e)))
        .toList();
  }

  private static String submitter(DailyEntry e) {
    if (e.submitterFullname() != null && !e.submitterFullname().isBlank()) {
      if (e.submitter() == null) {
        return e.submitterFullname();
      }
      return e.submitterFullname().equals(e.submitter())
          ? "@" + e.submitter()
          : e.submitterFullname() + " (@" + e.submitter() + ")";
    }
    return e.submitter() == null ? "" : "@" + e.submitter();
  }

  /** The first publication on arXiv in words, or empty. */
  public String published() {
    if (paper.publishedDayUnknown() && paper.publishedAt() != null) {
      return Dates.month(paper.publishedAt()) + " (day unknown)";
    }
    return Dates.day(paper.publishedAt());
  }

  /** The last update on arXiv in words, or empty when unknown or the same day as publication. */
  public String updated() {
    String u = Dates.day(paper.updatedAt());
    return u.equals(published()) ? "" : u;
  }

  /** The Markdown version of this page. */
  public String markdownUrl() {
    return Urls.paper(paper.id()) + ".md";
  }

  /** "3 authors". */
  public String authorsLabel() {
    int n = paper.authors().size();
    return n + (n == 1 ? " author" : " authors");
  }
}
