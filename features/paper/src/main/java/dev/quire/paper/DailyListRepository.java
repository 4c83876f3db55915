package dev.quire.paper;

import static dev.quire.paper.PaperRows.ENTRY_COLUMNS;
import static dev.quire.paper.PaperRows.ORG_COLUMNS;
import static dev.quire.paper.PaperRows.PAPER_COLUMNS;
import static dev.quire.paper.PaperRows.TOTAL_UPVOTES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * All SQL of the daily lists by announcement: papers announced in a period (by {@code
 * announced_on}), papers featured in it, filtered by category, counted, and the days that have any.
 */
public final class DailyListRepository {
  /** Featured in the period: such papers are listed as featured, not again as announced. */
  private static final String NOT_FEATURED =
      " AND NOT EXISTS (SELECT 1 FROM daily_entries f WHERE f.paper_id = p.id"
          + " AND f.featured_on >= :from AND f.featured_on < :to)";

  private final Jdbi jdbi;

  public DailyListRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The order of a list. */
  public enum Order {
    /** Most upvoted first. */
    UPVOTES,
    /** Newest first. */
    NEWEST,
    /** Newest day first, most upvoted first within a day (Hugging Face's daily order). */
    DAY_THEN_UPVOTES
  }

  /**
   * Papers featured in [from, to), optionally of one category, each with its entry (a paper
   * featured on several days of the period appears once per day).
   */
  List<FeaturedPaper> featured(
      LocalDate from, LocalDate to, CategoryFilter filter, Order order, int offset, int limit) {
    String sort =
        switch (order) {
          case UPVOTES -> TOTAL_UPVOTES + " DESC, d.featured_on DESC, p.id DESC";
          case NEWEST -> "d.featured_on DESC, d.submitted_at DESC, p.published_at DESC, p.id DESC";
          case DAY_THEN_UPVOTES -> "d.featured_on DESC, " + TOTAL_UPVOTES + " DESC, p.id DESC";
        };
    String sql =
        "SELECT "
            + ENTRY_COLUMNS
            + ", "
            + PAPER_COLUMNS
            + ", "
            + ORG_COLUMNS
            + " FROM daily_entries d JOIN papers p ON p.id = d.paper_id"
            + " LEFT JOIN organizations o ON o.name = p.organization"
            + " WHERE d.featured_on >= :from AND d.featured_on < :to"
            + (filter == null ? "" : " AND " + CategoryFilter.sql())
            + " ORDER BY "
            + sort
            + " LIMIT :limit OFFSET :offset";
    return jdbi.withHandle(
        h ->
            bind(h.createQuery(sql), from, to, filter)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(
                    (rs, ctx) ->
                        new FeaturedPaper(
                            PaperRows.entry(rs),
                            PaperRows.paper(rs),
                            PaperRows.organizationOrNull(rs)))
                .list());
  }

  /** How many entries {@link #featured} selects without paging. */
  int countFeatured(LocalDate from, LocalDate to, CategoryFilter filter) {
    String sql =
        "SELECT COUNT(*) FROM daily_entries d JOIN papers p ON p.id = d.paper_id"
            + " WHERE d.featured_on >= :from AND d.featured_on < :to"
            + (filter == null ? "" : " AND " + CategoryFilter.sql());
    return jdbi.withHandle(
        h -> bind(h.createQuery(sql), from, to, filter).mapTo(Integer.class).one());
  }

  /**
   * Papers announced in [from, to) that were not featured then, optionally of one category; the
   * entry of each is its announcement day, without submitter.
   */
  List<FeaturedPaper> announced(
      LocalDate from, LocalDate to, CategoryFilter filter, Order order, int offset, int limit) {
    String sort =
        switch (order) {
          case UPVOTES -> "(p.upvotes + p.local_upvotes) DESC, p.announced_on DESC, p.id DESC";
          case NEWEST -> "p.announced_on DESC, p.id DESC";
          case DAY_THEN_UPVOTES ->
              "p.announced_on DESC, (p.upvotes + p.local_upvotes) DESC, p.id DESC";
        };
    // rank the narrow rows of the covering index first, then read the wide rows of one page
    String sql =
        "SELECT "
            + PAPER_COLUMNS
            + ", "
            + ORG_COLUMNS
            + " FROM (SELECT p.id FROM papers p"
            + announcedWhere(filter)
            + " ORDER BY "
            + sort
            + " LIMIT :limit OFFSET :offset) s JOIN papers p ON p.id = s.id"
            + " LEFT JOIN organizations o ON o.name = p.organization ORDER BY "
            + sort;
    return jdbi.withHandle(
        h ->
            bind(h.createQuery(sql), from, to, filter)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(
                    (rs, ctx) -> {
                      Paper p = PaperRows.paper(rs);
                      LocalDate day = LocalDate.parse(rs.getString("announced_on"));
                      return new FeaturedPaper(
                          new DailyEntry(p.id(), day, null, null, null, null),
                          p,
                          PaperRows.organizationOrNull(rs));
                    })
                .list());
  }

  /** How many papers {@link #announced} selects without paging. */
  int countAnnounced(LocalDate from, LocalDate to, CategoryFilter filter) {
    String sql = "SELECT COUNT(*) FROM papers p" + announcedWhere(filter);
    return jdbi.withHandle(
        h -> bind(h.createQuery(sql), from, to, filter).mapTo(Integer.class).one());
  }

  /**
   * The category lists of the papers listed in [from, to): announced ones (when {@code announced})
   * and featured ones, each paper once.
   */
  List<String> categoryLists(LocalDate from, LocalDate to, boolean announced) {
    String featured =
        "SELECT DISTINCT p.id, p.categories FROM daily_entries d JOIN papers p ON p.id = d.paper_id"
            + " WHERE d.featured_on >= :from AND d.featured_on < :to";
    String sql =
        announced
            ? "SELECT p.id, p.categories FROM papers p"
                + " WHERE p.announced_on >= :from AND p.announced_on < :to"
                + NOT_FEATURED
                + " UNION ALL "
                + featured
            : featured;
    return jdbi.withHandle(
        h ->
            bind(h.createQuery(sql), from, to, null)
                .map((rs, ctx) -> rs.getString("categories"))
                .list());
  }

  /** Papers of a category or archive, newest first (each with its first featured day, if any). */
  List<FeaturedPaper> inCategory(CategoryFilter filter, int offset, int limit) {
    String sql =
        "SELECT "
            + PAPER_COLUMNS
            + ", "
            + ORG_COLUMNS
            + " FROM papers p LEFT JOIN organizations o ON o.name = p.organization WHERE "
            + CategoryFilter.sql()
            + " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
    return jdbi.withHandle(
        h ->
            h.createQuery(sql)
                .bind("catExact", filter.exactPattern())
                .bind("catPrefix", filter.prefixPattern())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(
                    (rs, ctx) -> {
                      Paper p = PaperRows.paper(rs);
                      String day = rs.getString("announced_on");
                      DailyEntry e =
                          day == null
                              ? null
                              : new DailyEntry(
                                  p.id(), LocalDate.parse(day), null, null, null, null);
                      return new FeaturedPaper(e, p, PaperRows.organizationOrNull(rs));
                    })
                .list());
  }

  /** The newest day with papers announced or featured. */
  Optional<LocalDate> latestDay(boolean announced) {
    return day(
        "SELECT MAX(featured_on) FROM daily_entries",
        "SELECT MAX(announced_on) FROM papers",
        announced,
        null,
        true,
        null);
  }

  /** The closest day before {@code day} with papers announced or featured. */
  Optional<LocalDate> dayBefore(LocalDate day, boolean announced, CategoryFilter filter) {
    return neighbour(day, announced, filter, true);
  }

  /** The closest day after {@code day} with papers announced or featured. */
  Optional<LocalDate> dayAfter(LocalDate day, boolean announced, CategoryFilter filter) {
    return neighbour(day, announced, filter, false);
  }

  private Optional<LocalDate> neighbour(
      LocalDate day, boolean announced, CategoryFilter filter, boolean before) {
    String pick = before ? "MAX" : "MIN";
    String side = before ? " < :d" : " > :d";
    return day(
        "SELECT "
            + pick
            + "(d.featured_on) FROM daily_entries d JOIN papers p ON p.id = d.paper_id"
            + " WHERE d.featured_on"
            + side
            + inCategory(filter),
        "SELECT "
            + pick
            + "(p.announced_on) FROM papers p WHERE p.announced_on"
            + side
            + inCategory(filter),
        announced,
        day,
        before,
        filter);
  }

  private Optional<LocalDate> day(
      String featuredSql,
      String announcedSql,
      boolean announced,
      LocalDate d,
      boolean max,
      CategoryFilter filter) {
    Optional<LocalDate> f = one(featuredSql, d, filter);
    if (!announced) {
      return f;
    }
    Optional<LocalDate> a = one(announcedSql, d, filter);
    if (f.isEmpty() || a.isEmpty()) {
      return f.isPresent() ? f : a;
    }
    boolean firstWins = max ? f.get().isAfter(a.get()) : f.get().isBefore(a.get());
    return firstWins ? f : a;
  }

  private static String inCategory(CategoryFilter filter) {
    return filter == null ? "" : " AND " + CategoryFilter.sql();
  }

  private Optional<LocalDate> one(String sql, LocalDate d, CategoryFilter filter) {
    return jdbi.withHandle(
        h -> {
          var q = h.createQuery(sql);
          if (d != null) {
            q.bind("d", d.toString());
          }
          if (filter != null) {
            q.bind("catExact", filter.exactPattern()).bind("catPrefix", filter.prefixPattern());
          }
          return q.mapTo(String.class).findOne().map(LocalDate::parse);
        });
  }

  private static String announcedWhere(CategoryFilter filter) {
    return " WHERE p.announced_on >= :from AND p.announced_on < :to"
        + NOT_FEATURED
        + (filter == null ? "" : " AND " + CategoryFilter.sql());
  }

  private static <S extends SqlStatement<S>> S bind(
      S statement, LocalDate from, LocalDate to, CategoryFilter filter) {
    statement.bind("from", from.toString()).bind("to", to.toString());
    if (filter != null) {
      statement.bind("catExact", filter.exactPattern()).bind("catPrefix", filter.prefixPattern());
    }
    return statement;
  }
}
