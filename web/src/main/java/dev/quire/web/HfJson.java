package dev.quire.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON shapes of Hugging Face's papers API, field for field in HF's order. Null fields are left
 * out (the mapper uses NON_NULL), so a field we do not know is omitted rather than invented.
 *
 * <p>Fields of HF's responses we never emit, because Quire does not store them: {@code _id} of
 * authors, users and papers, author {@code status}/{@code statusLastChangedAt}, {@code mediaUrls},
 * {@code discussionId}, {@code githubRepoAddedBy}, {@code ai_summary_model}, {@code thumbnail},
 * {@code submitterOrganization}, and of users {@code isPro}, {@code isHf}, {@code isHfAdmin},
 * {@code isMod}, {@code followerCount}, {@code isUserFollowing}; an author's {@code user} carries
 * only the user name ({@code user}, {@code name}) and {@code type}. Every author is sent with
 * {@code hidden: false}.
 */
final class HfJson {
  private HfJson() {}

  /** A paper: the flat object of /api/papers/{id}, and the {@code paper} of a daily entry. */
  record Paper(
      String id,
      List<Author> authors,
      String publishedAt,
      String submittedOnDailyAt,
      String title,
      User submittedOnDailyBy,
      String summary,
      int upvotes,
      String projectPage,
      String githubRepo,
      @JsonProperty("ai_summary") String aiSummary,
      @JsonProperty("ai_keywords") List<String> aiKeywords,
      Integer githubStars,
      Organization organization) {}

  /** One author; {@code user} is set when the author claimed the paper on Hugging Face. */
  record Author(User user, String name, boolean hidden) {}

  /** A Hugging Face user as nested in a paper (author claims, submittedOnDailyBy). */
  record User(String avatarUrl, String fullname, String user, String type, String name) {}

  /**
   * A Hugging Face user as the {@code submittedBy} of a daily entry (no {@code user} field there).
   */
  record Submitter(String avatarUrl, String fullname, String name, String type) {}

  /** An organisation. */
  record Organization(
      @JsonProperty("_id") String id, String name, String fullname, String avatar) {}

  /**
   * One element of the /api/daily_papers array. {@code huggingface_hub}'s {@code PaperInfo} reads
   * title, ai_summary, ai_keywords, projectPage, githubRepo, githubStars and organization only at
   * the top level of an element (hf_api.py, {@code PaperInfo.__init__}: {@code
   * kwargs.pop("ai_summary")} etc., not {@code paper.pop}), so they are repeated here from {@code
   * paper}.
   */
  record DailyPaper(
      Paper paper,
      String publishedAt,
      String title,
      String summary,
      int numComments,
      Submitter submittedBy,
      Organization organization,
      boolean isAuthorParticipating,
      @JsonProperty("ai_summary") String aiSummary,
      @JsonProperty("ai_keywords") List<String> aiKeywords,
      String projectPage,
      String githubRepo,
      Integer githubStars) {
    DailyPaper(
        Paper paper,
        String publishedAt,
        String title,
        String summary,
        int numComments,
        Submitter submittedBy,
        Organization organization,
        boolean isAuthorParticipating) {
      this(
          paper,
          publishedAt,
          title,
          summary,
          numComments,
          submittedBy,
          organization,
          isAuthorParticipating,
          paper.aiSummary(),
          paper.aiKeywords(),
          paper.projectPage(),
          paper.githubRepo(),
          paper.githubStars());
    }
  }
}
