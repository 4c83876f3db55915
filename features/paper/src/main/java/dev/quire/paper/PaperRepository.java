package dev.quire.paper;

import static dev.quire.paper.PaperRows.ENTRY_COLUMNS;
import static dev.quire.paper.PaperRows.IMPORTED_COLUMNS;
import static dev.quire.paper.PaperRows.ORG_COLUMNS;
import static dev.quire.paper.PaperRows.PAPER_COLUMNS;
import static dev.quire.paper.PaperRows.entry;
import static dev.quire.paper.PaperRows.organization;
import static dev.quire.paper.PaperRows.organizationOrNull;
import static dev.quire.paper.PaperRows.paper;
import static dev.quire.paper.PaperRows.withFirstDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The reads of papers, organisations and daily-list entries. Writes go through {@link PaperStore},
 * which announces each committed change on {@link #changes()}.
 */
public final class PaperRepository {
  private final Jdbi jdbi;
  private final PaperChanges changes = new PaperChanges();

  public PaperRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Where the {@link PaperStore} writing these papers announces what it committed. */
  public PaperChanges changes() {
    return changes;
  }

  /**
   * How many changes to papers this process has committed so far; caches compare it to notice
   * writes (see {@link PaperChanges#count()}).
   */
  public long committedBatches() {
    return changes.count();
  }

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
    return jdbi.withHandle(h -> findAll(h, ids, IMPORTED_COLUMNS));
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
    return jdbi.withHandle(
        h -> {
          Query query =
              h.createQuery(PaperRows.featuredSql(q))
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
    return jdbi.withHandle(
        h ->
            h.createQuery(PaperRows.BY_ORGANIZATION_SQL)
                .bind("name", name)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> withFirstDay(rs))
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
    Map<String, FeaturedPaper> byId = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(PaperRows.CARDS_SQL)
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> withFirstDay(rs))
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
}
