package dev.quire.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The papers of a day, week or month: the featured ones (Hugging Face files, submissions) first,
 * then, unless the hub shows featured papers only, the papers announced on arXiv in that period.
 */
public final class DailyList {
  private final DailyListRepository repo;
  private final boolean announced;

  /**
   * @param repo the queries
   * @param featuredOnly true for a Hugging Face-style hub that lists featured papers only
   */
  public DailyList(DailyListRepository repo, boolean featuredOnly) {
    this.repo = repo;
    this.announced = !featuredOnly;
  }

  /** Whether announced papers are listed beside the featured ones. */
  public boolean listsAnnounced() {
    return announced;
  }

  /**
   * One page of a period's list.
   *
   * @param featured the featured papers on this page
   * @param announced the announced papers on this page (their entry is the announcement day)
   * @param featuredTotal featured papers in the whole period (and category)
   * @param announcedTotal announced papers in the whole period (and category)
   */
  public record Page(
      List<FeaturedPaper> featured,
      List<FeaturedPaper> announced,
      int featuredTotal,
      int announcedTotal) {
    /** Every paper of the page, featured first. */
    public List<FeaturedPaper> all() {
      List<FeaturedPaper> out = new ArrayList<>(featured);
      out.addAll(announced);
      return out;
    }

    /** Papers in the whole period. */
    public int total() {
      return featuredTotal + announcedTotal;
    }
  }

  /** Papers {@code offset} to {@code offset + limit} of the period, featured first. */
  public Page page(
      Period period,
      CategoryFilter filter,
      DailyListRepository.Order order,
      int offset,
      int limit) {
    LocalDate from = period.from();
    LocalDate to = period.toExclusive();
    int featuredTotal = repo.countFeatured(from, to, filter);
    List<FeaturedPaper> featured =
        offset < featuredTotal ? repo.featured(from, to, filter, order, offset, limit) : List.of();
    int announcedTotal = announced ? repo.countAnnounced(from, to, filter) : 0;
    int room = limit - featured.size();
    List<FeaturedPaper> rest =
        announced && room > 0
            ? repo.announced(from, to, filter, order, Math.max(0, offset - featuredTotal), room)
            : List.of();
    return new Page(featured, rest, featuredTotal, announcedTotal);
  }

  /**
   * Papers of the period per arXiv category and per archive (a paper counts once for each code it
   * lists, once for its archive), sorted by code; codes outside arXiv's taxonomy are left out.
   */
  public Map<String, Integer> categoryCounts(Period period) {
    Map<String, Integer> counts = new TreeMap<>();
    ArxivTaxonomy taxonomy = ArxivTaxonomy.get();
    for (String list : repo.categoryLists(period.from(), period.toExclusive(), announced)) {
      if (list == null) {
        continue;
      }
      Set<String> codes = new HashSet<>();
      for (String c : list.split(" ")) {
        if (taxonomy.known(c)) {
          codes.add(c);
          codes.add(ArxivTaxonomy.archiveOf(c));
        }
      }
      for (String c : codes) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Papers of a category or archive, newest first. */
  public List<FeaturedPaper> inCategory(CategoryFilter filter, int offset, int limit) {
    return repo.inCategory(filter, offset, limit);
  }

  /** The newest day with papers. */
  public Optional<LocalDate> latestDay() {
    return repo.latestDay(announced);
  }

  /** The closest earlier day with papers. */
  public Optional<LocalDate> dayBefore(LocalDate day) {
    return repo.dayBefore(day, announced, null);
  }

  /** The closest earlier day with papers in the category (any papers when it is null). */
  public Optional<LocalDate> dayBefore(LocalDate day, CategoryFilter filter) {
    return repo.dayBefore(day, announced, filter);
  }

  /** The closest later day with papers in the category (any papers when it is null). */
  public Optional<LocalDate> dayAfter(LocalDate day, CategoryFilter filter) {
    return repo.dayAfter(day, announced, filter);
  }

  /** The closest later day with papers. */
  public Optional<LocalDate> dayAfter(LocalDate day) {
    return repo.dayAfter(day, announced, null);
  }
}
