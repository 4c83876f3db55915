package dev.quire.paper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The columns and shared queries papers, organisations and daily entries are read with, and their
 * row mapping.
 */
final class PaperRows {
  private PaperRows() {}

  /** Imported counts plus this site's own votes and visible comments: what pages show. */
  static final String PAPER_COLUMNS =
      "p.id, p.title, p.abstract, p.authors_json, p.categories, p.primary_category, p.comments, p.doi,"
          + " p.journal_ref, p.report_no, p.license, p.submitter, p.versions_json, p.published_at,"
          + " p.updated_at, p.upvotes + p.local_upvotes AS upvotes,"
          + " p.num_comments + p.local_comments AS num_comments, p.ai_summary, p.ai_keywords_json,"
          + " p.github_repo, p.github_stars, p.project_page, p.organization, p.withdrawn,"
          + " p.announced_on, p.num_comments AS imported_comments";

  /** The columns as imported, without local votes and comments: what merging an import needs. */
  static final String IMPORTED_COLUMNS =
      PAPER_COLUMNS
          .replace("p.upvotes + p.local_upvotes AS upvotes", "p.upvotes")
          .replace("p.num_comments + p.local_comments AS num_comments", "p.num_comments");

  static final String TOTAL_UPVOTES = "(p.upvotes + p.local_upvotes)";
  static final String ORG_COLUMNS =
      "o.name AS org_name, o.fullname AS org_fullname, o.avatar_url AS org_avatar, o.hf_id AS org_hf_id";
  static final String ENTRY_COLUMNS =
      "d.paper_id AS d_paper_id, d.featured_on AS d_featured_on, d.submitted_at AS d_submitted_at,"
          + " d.submitter AS d_submitter, d.submitter_fullname AS d_submitter_fullname,"
          + " d.submitter_avatar AS d_submitter_avatar";

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  static Paper paper(ResultSet rs) throws SQLException {
    String cats = rs.getString("categories");
    int stars = rs.getInt("github_stars");
    Integer githubStars = rs.wasNull() ? null : stars;
    return new Paper(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("abstract"),
        PaperJson.authors(rs.getString("authors_json")),
        cats == null ? List.of() : Arrays.asList(cats.split(" ")),
        rs.getString("primary_category"),
        rs.getString("comments"),
        rs.getString("doi"),
        rs.getString("journal_ref"),
        rs.getString("report_no"),
        rs.getString("license"),
        rs.getString("submitter"),
        PaperJson.versions(rs.getString("versions_json")),
        instant(rs.getString("published_at")),
        instant(rs.getString("updated_at")),
        rs.getInt("upvotes"),
        rs.getInt("num_comments"),
        rs.getString("ai_summary"),
        PaperJson.strings(rs.getString("ai_keywords_json")),
        rs.getString("github_repo"),
        githubStars,
        rs.getString("project_page"),
        rs.getString("organization"),
        rs.getBoolean("withdrawn"),
        rs.getString("published_at") != null && rs.getString("announced_on") == null,
        rs.getInt("imported_comments"));
  }

  static DailyEntry entry(ResultSet rs) throws SQLException {
    return new DailyEntry(
        rs.getString("d_paper_id"),
        LocalDate.parse(rs.getString("d_featured_on")),
        instant(rs.getString("d_submitted_at")),
        rs.getString("d_submitter"),
        rs.getString("d_submitter_fullname"),
        rs.getString("d_submitter_avatar"));
  }

  static Organization organizationOrNull(ResultSet rs) throws SQLException {
    return rs.getString("org_name") == null ? null : organization(rs);
  }

  static Organization organization(ResultSet rs) throws SQLException {
    return new Organization(
        rs.getString("org_name"),
        rs.getString("org_fullname"),
        rs.getString("org_avatar"),
        rs.getString("org_hf_id"));
  }

  /** A paper with its organisation (or none) and the first day it was featured (or none). */
  static FeaturedPaper withFirstDay(ResultSet rs) throws SQLException {
    Paper p = paper(rs);
    String day = rs.getString("first_day");
    DailyEntry e =
        day == null ? null : new DailyEntry(p.id(), LocalDate.parse(day), null, null, null, null);
    return new FeaturedPaper(e, p, organizationOrNull(rs));
  }

  /** Papers of an organisation, most upvoted first, with the first day each was featured. */
  static final String BY_ORGANIZATION_SQL =
      "SELECT "
          + PAPER_COLUMNS
          + ", "
          + ORG_COLUMNS
          + ", f.first_day"
          + " FROM papers p JOIN organizations o ON o.name = p.organization"
          + " LEFT JOIN (SELECT paper_id, MIN(featured_on) AS first_day FROM daily_entries GROUP BY paper_id) f"
          + " ON f.paper_id = p.id"
          + " WHERE p.organization = :name ORDER BY "
          + TOTAL_UPVOTES
          + " DESC, p.id LIMIT :limit OFFSET :offset";

  /** Papers by id with their organisations and the first day each was featured. */
  static final String CARDS_SQL =
      "SELECT "
          + PAPER_COLUMNS
          + ", "
          + ORG_COLUMNS
          + ", (SELECT MIN(d.featured_on) FROM daily_entries d WHERE d.paper_id = p.id) AS first_day"
          + " FROM papers p LEFT JOIN organizations o ON o.name = p.organization"
          + " WHERE p.id IN (<ids>)";

  /** The query of {@link PaperRepository#featured}: featured papers with their organisations. */
  static String featuredSql(DailyQuery q) {
    String order =
        switch (q.sort()) {
          case UPVOTES -> TOTAL_UPVOTES + " DESC, d.featured_on DESC, p.id";
          case PUBLISHED -> "d.featured_on DESC, d.submitted_at DESC, p.published_at DESC, p.id";
          case DAY_THEN_UPVOTES -> "d.featured_on DESC, " + TOTAL_UPVOTES + " DESC, p.id DESC";
        };
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(ENTRY_COLUMNS)
            .append(", ")
            .append(PAPER_COLUMNS)
            .append(", ")
            .append(ORG_COLUMNS)
            .append(" FROM daily_entries d JOIN papers p ON p.id = d.paper_id")
            .append(" LEFT JOIN organizations o ON o.name = p.organization")
            .append(" WHERE d.featured_on >= :from AND d.featured_on < :to");
    if (q.submitter() != null) {
      sql.append(" AND d.submitter = :submitter");
    }
    sql.append(" ORDER BY ").append(order).append(" LIMIT :limit OFFSET :offset");
    return sql.toString();
  }
}
