package dev.quire.paper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** All SQL of papers, organisations and daily-list entries. */
public final class PaperRepository {
  /** Imported counts plus this site's own votes and visible comments: what pages show. */
  static final String PAPER_COLUMNS =
      "p.id, p.title, p.abstract, p.authors_json, p.categories, p.primary_category, p.comments, p.doi,"
          + " p.journal_ref, p.report_no, p.license, p.submitter, p.versions_json, p.published_at,"
          + " p.updated_at, p.upvotes + p.local_upvotes AS upvotes,"
          + " p.num_comments + p.local_comments AS num_comments, p.ai_summary, p.ai_keywords_json,"
          + " p.github_repo, p.github_stars, p.project_page, p.organization, p.withdrawn,"
          + " p.announced_on, p.num_comments AS imported_comments";

  /** The columns as imported, without local votes and comments: what merging an import needs. */
  private static final String IMPORTED_COLUMNS =
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

  private final Jdbi jdbi;
  private final AtomicLong committedBatches = new AtomicLong();

  public PaperRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  // ---------------------------------------------------------------- reads

  /** The paper with this normalised id. */
  public Optional<Paper> find(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + PAPER_COLUMNS + " FROM papers p WHERE p.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> paper(rs))
                .findOne());
  }

  /**
   * The stored papers among these ids, by id, with their counts as imported (without this site's
   * own votes and comments, which re-imports must not overwrite): what merging an import needs.
   */
  public Map<String, Paper> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> findAll(h, ids));
  }

  /**
   * The stored papers among these ids, by id, with the counts pages show (imported plus this site's
   * own votes and comments), in one query.
   */
  public Map<String, Paper> findShown(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> findAll(h, ids, PAPER_COLUMNS));
  }

  private static Map<String, Paper> findAll(Handle h, Collection<String> ids) {
    return findAll(h, ids, IMPORTED_COLUMNS);
  }

  private static Map<String, Paper> findAll(Handle h, Collection<String> ids, String columns) {
    Map<String, Paper> out = new HashMap<>();
    h.createQuery("SELECT " + columns + " FROM papers p WHERE p.id IN (<ids>)")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> paper(rs))
        .forEach(p -> out.put(p.id(), p));
    return out;
  }

  /** The organisation with this name. */
  public Optional<Organization> findOrganization(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + ORG_COLUMNS + " FROM organizations o WHERE o.name = :n")
                .bind("n", name)
                .map((rs, ctx) -> organization(rs))
                .findOne());
  }

  /** The stored organisations among these names, by name, in one query. */
  public Map<String, Organization> findOrganizations(Collection<String> names) {
    if (names.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        h -> {
          Map<String, Organization> out = new HashMap<>();
          h.createQuery("SELECT " + ORG_COLUMNS + " FROM organizations o WHERE o.name IN (<names>)")
              .bindList("names", List.copyOf(names))
              .map((rs, ctx) -> organization(rs))
              .forEach(o -> out.put(o.name(), o));
          return out;
        });
  }

  /** The daily-list entries of these papers, every day they were featured, oldest first. */
  public Map<String, List<DailyEntry>> entriesOf(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        h -> {
          Map<String, List<DailyEntry>> out = new HashMap<>();
          h.createQuery(
                  "SELECT "
                      + ENTRY_COLUMNS
                      + " FROM daily_entries d WHERE d.paper_id IN (<ids>)"
                      + " ORDER BY d.featured_on")
              .bindList("ids", List.copyOf(ids))
              .map((rs, ctx) -> entry(rs))
              .forEach(e -> out.computeIfAbsent(e.paperId(), k -> new ArrayList<>()).add(e));
          return out;
        });
  }

  /** The featured papers a query selects, with their organisations, in one round trip. */
  public List<FeaturedPaper> featured(DailyQuery q) {
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
    return jdbi.withHandle(
        h -> {
          Query query =
              h.createQuery(sql.toString())
                  .bind("from", q.from().toString())
                  .bind("to", q.toExclusive().toString())
                  .bind("limit", q.limit())
                  .bind("offset", q.offset());
          if (q.submitter() != null) {
            query.bind("submitter", q.submitter());
          }
          return query
              .map((rs, ctx) -> new FeaturedPaper(entry(rs), paper(rs), organizationOrNull(rs)))
              .list();
        });
  }

  /**
   * Papers of an organisation, most upvoted first, each with the first day it was featured (or
   * none).
   */
  public List<FeaturedPaper> byOrganization(String name, int offset, int limit) {
    String sql =
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
    return jdbi.withHandle(
        h ->
            h.createQuery(sql)
                .bind("name", name)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(
                    (rs, ctx) -> {
                      Paper p = paper(rs);
                      String day = rs.getString("first_day");
                      DailyEntry e =
                          day == null
                              ? null
                              : new DailyEntry(
                                  p.id(), LocalDate.parse(day), null, null, null, null);
                      return new FeaturedPaper(e, p, organization(rs));
                    })
                .list());
  }

  /**
   * These papers in the order given (unknown ids left out), each with its organisation and the
   * first day it was featured (or none): what a card needs, in one query.
   */
  public List<FeaturedPaper> cards(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT "
            + PAPER_COLUMNS
            + ", "
            + ORG_COLUMNS
            + ", (SELECT MIN(d.featured_on) FROM daily_entries d WHERE d.paper_id = p.id) AS first_day"
            + " FROM papers p LEFT JOIN organizations o ON o.name = p.organization"
            + " WHERE p.id IN (<ids>)";
    Map<String, FeaturedPaper> byId = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(sql)
                .bindList("ids", List.copyOf(ids))
                .map(
                    (rs, ctx) -> {
                      Paper p = paper(rs);
                      String day = rs.getString("first_day");
                      DailyEntry e =
                          day == null
                              ? null
                              : new DailyEntry(
                                  p.id(), LocalDate.parse(day), null, null, null, null);
                      return new FeaturedPaper(e, p, organizationOrNull(rs));
                    })
                .forEach(f -> byId.put(f.paper().id(), f)));
    List<FeaturedPaper> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      FeaturedPaper f = byId.get(id);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** Number of papers linked to an organisation. */
  public int countByOrganization(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM papers WHERE organization = :n")
                .bind("n", name)
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Papers ordered by id after {@code afterId} (exclusive; null for the start), for cursor paging.
   */
  public List<Paper> page(String afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + PAPER_COLUMNS
                        + " FROM papers p"
                        + (afterId == null ? "" : " WHERE p.id > :after")
                        + " ORDER BY p.id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> paper(rs))
                .list());
  }

  /** A paper id with the time its row was last written. */
  public record Change(String id, String modifiedAt) {}

  /**
   * Papers written after the change {@code (since, afterId)} in (modified_at, id) order, at most
   * {@code limit}; {@code since} null starts at the beginning, {@code afterId} "" includes every
   * paper written at {@code since}. For incremental indexing.
   */
  public List<Change> changedSince(String since, String afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, modified_at FROM papers"
                        + (since == null
                            ? ""
                            : " WHERE modified_at > :since OR (modified_at = :since AND id > :after)")
                        + " ORDER BY modified_at, id LIMIT :limit")
                .bind("since", since)
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Change(rs.getString("id"), rs.getString("modified_at")))
                .list());
  }

  /** The newest modified_at of any paper, or empty when there are none. */
  public Optional<String> lastModified() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT MAX(modified_at) FROM papers").mapTo(String.class).findOne());
  }

  /** The newest day that has featured papers. */
  public Optional<LocalDate> latestFeaturedDay() {
    return day("SELECT MAX(featured_on) FROM daily_entries", null);
  }

  /** The closest earlier day with featured papers. */
  public Optional<LocalDate> featuredDayBefore(LocalDate day) {
    return day("SELECT MAX(featured_on) FROM daily_entries WHERE featured_on < :d", day);
  }

  /** The closest later day with featured papers. */
  public Optional<LocalDate> featuredDayAfter(LocalDate day) {
    return day("SELECT MIN(featured_on) FROM daily_entries WHERE featured_on > :d", day);
  }

  private Optional<LocalDate> day(String sql, LocalDate arg) {
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql);
          if (arg != null) {
            q.bind("d", arg.toString());
          }
          return q.mapTo(String.class).findOne().map(LocalDate::parse);
        });
  }

  /** Number of stored papers. */
  public int countPapers() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM papers").mapTo(Integer.class).one());
  }

  /** Number of daily-list entries. */
  public int countEntries() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM daily_entries").mapTo(Integer.class).one());
  }

  // ---------------------------------------------------------------- writes

  /**
   * Writes one import batch in one transaction: organisations, then papers (stored as given,
   * already merged), then daily entries. Re-writing the same batch changes nothing.
   */
  public void writeBatch(
      Collection<Organization> orgs, Collection<Paper> papers, Collection<DailyEntry> entries) {
    jdbi.useTransaction(
        h -> {
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
        });
    committedBatches.incrementAndGet();
  }

  /**
   * Adds to the counts of this site's own votes and visible comments of a paper, inside the
   * caller's transaction; call {@link #noteWrite()} after it commits.
   */
  public void addLocalCounts(Handle h, String paperId, int upvotes, int comments) {
    h.createUpdate(
            "UPDATE papers SET local_upvotes = local_upvotes + :u,"
                + " local_comments = local_comments + :c WHERE id = :id")
        .bind("u", upvotes)
        .bind("c", comments)
        .bind("id", paperId)
        .execute();
  }

  /** Links a paper to an organisation (or unlinks it, with null); false when there is no paper. */
  public boolean linkOrganization(String paperId, String organization) {
    int n =
        jdbi.withHandle(
            h ->
                h.createUpdate("UPDATE papers SET organization = :o WHERE id = :id")
                    .bind("o", organization)
                    .bind("id", paperId)
                    .execute());
    noteWrite();
    return n == 1;
  }

  /** Creates or renames an organisation. */
  public void saveOrganization(Organization org) {
    writeBatch(List.of(org), List.of(), List.of());
  }

  /** Tells the answer caches that something shown on paper lists changed (after a commit). */
  public void noteWrite() {
    committedBatches.incrementAndGet();
  }

  /**
   * How many batches {@link #writeBatch} has committed; caches compare it to notice this process's
   * writes.
   */
  public long committedBatches() {
    return committedBatches.get();
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

  // ---------------------------------------------------------------- mapping

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

  private static Organization organization(ResultSet rs) throws SQLException {
    return new Organization(
        rs.getString("org_name"),
        rs.getString("org_fullname"),
        rs.getString("org_avatar"),
        rs.getString("org_hf_id"));
  }
}
