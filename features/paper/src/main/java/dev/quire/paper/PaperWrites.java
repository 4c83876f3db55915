package dev.quire.paper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The SQL that writes papers, organisations and daily entries, inside a caller's transaction. */
final class PaperWrites {
  private static final List<String> WRITE_COLUMNS =
      List.of(
          "id",
          "title",
          "abstract",
          "authors_json",
          "categories",
          "primary_category",
          "comments",
          "doi",
          "journal_ref",
          "report_no",
          "license",
          "submitter",
          "versions_json",
          "latest_version",
          "published_at",
          "updated_at",
          "upvotes",
          "num_comments",
          "ai_summary",
          "ai_keywords_json",
          "github_repo",
          "github_stars",
          "project_page",
          "organization",
          "withdrawn",
          "announced_on",
          "modified_at");

  private PaperWrites() {}

  /**
   * Writes organisations, then papers (stored as given, already merged), then daily entries.
   * Re-writing the same rows changes nothing.
   */
  static void write(
      Handle h,
      Collection<Organization> orgs,
      Collection<Paper> papers,
      Collection<DailyEntry> entries) {
    if (!orgs.isEmpty()) {
      PreparedBatch b =
          h.prepareBatch(
              "INSERT INTO organizations (name, fullname, avatar_url, hf_id)"
                  + " VALUES (:name, :fullname, :avatar, :hfId) ON CONFLICT (name) DO UPDATE SET"
                  + " fullname = COALESCE(excluded.fullname, organizations.fullname),"
                  + " avatar_url = COALESCE(excluded.avatar_url, organizations.avatar_url),"
                  + " hf_id = COALESCE(excluded.hf_id, organizations.hf_id)");
      for (Organization o : orgs) {
        b.bind("name", o.name())
            .bind("fullname", o.fullname())
            .bind("avatar", o.avatarUrl())
            .bind("hfId", o.hfId())
            .add();
      }
      b.execute();
    }
    if (!papers.isEmpty()) {
      PreparedBatch b = h.prepareBatch(upsertPaperSql());
      String now = Instant.now().toString();
      for (Paper p : papers) {
        bindPaper(b, p, now).add();
      }
      b.execute();
    }
    if (!entries.isEmpty()) {
      PreparedBatch b =
          h.prepareBatch(
              "INSERT INTO daily_entries (paper_id, featured_on, submitted_at,"
                  + " submitter, submitter_fullname, submitter_avatar) VALUES (:paper, :day, :at, :by, :byName, :byAvatar)"
                  + " ON CONFLICT (paper_id, featured_on) DO UPDATE SET"
                  + " submitted_at = COALESCE(excluded.submitted_at, daily_entries.submitted_at),"
                  + " submitter = COALESCE(excluded.submitter, daily_entries.submitter),"
                  + " submitter_fullname = COALESCE(excluded.submitter_fullname, daily_entries.submitter_fullname),"
                  + " submitter_avatar = COALESCE(excluded.submitter_avatar, daily_entries.submitter_avatar)");
      for (DailyEntry e : entries) {
        b.bind("paper", e.paperId())
            .bind("day", e.featuredOn().toString())
            .bind("at", text(e.submittedAt()))
            .bind("by", e.submitter())
            .bind("byName", e.submitterFullname())
            .bind("byAvatar", e.submitterAvatar())
            .add();
      }
      b.execute();
    }
  }

  /** Adds to the counts of this site's own votes and visible comments of a paper. */
  static void addLocalCounts(Handle h, String paperId, int upvotes, int comments) {
    h.createUpdate(
            "UPDATE papers SET local_upvotes = local_upvotes + :u,"
                + " local_comments = local_comments + :c WHERE id = :id")
        .bind("u", upvotes)
        .bind("c", comments)
        .bind("id", paperId)
        .execute();
  }

  /**
   * Takes a user's votes and visible comments off the papers' local counts (before they are
   * deleted); returns the papers touched.
   */
  static Set<String> takeBackLocalCounts(Handle h, String userId) {
    Set<String> touched = new TreeSet<>();
    touched.addAll(
        h.createQuery("SELECT paper_id FROM votes WHERE user_id = :u")
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    h.createUpdate(
            "UPDATE papers SET local_upvotes = local_upvotes - 1"
                + " WHERE id IN (SELECT paper_id FROM votes WHERE user_id = :u)")
        .bind("u", userId)
        .execute();
    for (Map<String, Object> c :
        h.createQuery(
                "SELECT paper_id, COUNT(*) AS n FROM comments"
                    + " WHERE user_id = :u AND hidden = :no GROUP BY paper_id")
            .bind("u", userId)
            .bind("no", false)
            .mapToMap()
            .list()) {
      h.createUpdate("UPDATE papers SET local_comments = local_comments - :n WHERE id = :p")
          .bind("n", ((Number) c.get("n")).intValue())
          .bind("p", c.get("paper_id"))
          .execute();
      touched.add((String) c.get("paper_id"));
    }
    return touched;
  }

  /** Links a paper to an organisation (or unlinks it, with null); false when there is no paper. */
  static boolean linkOrganization(Handle h, String paperId, String organization) {
    return h.createUpdate("UPDATE papers SET organization = :o WHERE id = :id")
            .bind("o", organization)
            .bind("id", paperId)
            .execute()
        == 1;
  }

  private static String upsertPaperSql() {
    String cols = String.join(", ", WRITE_COLUMNS);
    String params = String.join(", ", WRITE_COLUMNS.stream().map(c -> ":" + c).toList());
    String updates =
        String.join(
            ", ",
            WRITE_COLUMNS.stream()
                .filter(c -> !c.equals("id"))
                .map(c -> c + " = excluded." + c)
                .toList());
    return "INSERT INTO papers ("
        + cols
        + ") VALUES ("
        + params
        + ") ON CONFLICT (id) DO UPDATE SET "
        + updates;
  }

  private static PreparedBatch bindPaper(PreparedBatch b, Paper p, String now) {
    return b.bind("id", p.id())
        .bind("title", p.title())
        .bind("abstract", p.abstractText())
        .bind("authors_json", PaperJson.authors(p.authors()))
        .bind("categories", p.categories().isEmpty() ? null : String.join(" ", p.categories()))
        .bind("primary_category", p.primaryCategory())
        .bind("comments", p.comments())
        .bind("doi", p.doi())
        .bind("journal_ref", p.journalRef())
        .bind("report_no", p.reportNo())
        .bind("license", p.license())
        .bind("submitter", p.submitter())
        .bind("versions_json", PaperJson.versions(p.versions()))
        .bind("latest_version", p.latestVersion())
        .bind("published_at", text(p.publishedAt()))
        .bind("updated_at", text(p.updatedAt()))
        .bind("upvotes", p.upvotes())
        .bind("num_comments", p.numComments())
        .bind("ai_summary", p.aiSummary())
        .bind("ai_keywords_json", PaperJson.strings(p.aiKeywords()))
        .bind("github_repo", p.githubRepo())
        .bind("github_stars", p.githubStars())
        .bind("project_page", p.projectPage())
        .bind("organization", p.organization())
        .bind("withdrawn", p.withdrawn())
        .bind("announced_on", announcedOn(p))
        .bind("modified_at", now);
  }

  /** The UTC day of the first publication, or null when only its month is known. */
  private static String announcedOn(Paper p) {
    if (p.publishedAt() == null || p.publishedDayUnknown()) {
      return null;
    }
    return java.time.LocalDate.ofInstant(p.publishedAt(), java.time.ZoneOffset.UTC).toString();
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }
}
