package dev.quire.web.view;

import dev.quire.paper.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A daily, weekly or monthly list: featured papers first, then papers announced on arXiv.
 *
 * @param period the period shown
 * @param anchorDay the day the Daily tab and the date picker point at
 * @param tabs Daily / Weekly / Monthly links, the current one marked
 * @param sorts order links, the current one marked
 * @param previous the closest earlier period worth visiting, or null
 * @param next the closest later period worth visiting, or null
 * @param cards the papers of this page
 * @param pager links to the other pages
 * @param offset how many papers come before this page
 * @param latest whether this is the newest day (the home page)
 * @param total papers in the whole period (in the chosen category)
 * @param featuredTotal featured papers among them
 * @param categories "All" and the archives with papers in the period, then the categories of the
 *     chosen archive; empty when the period has no categorised papers
 * @param category the chosen category or archive, or null for all
 * @param periodTotal papers in the whole period in every category
 * @param hubHasPapers whether the hub holds any paper at all
 */
public record DailyView(
    Period period,
    LocalDate anchorDay,
    List<Link> tabs,
    List<Link> sorts,
    Link previous,
    Link next,
    List<ListedCard> cards,
    Pager pager,
    int offset,
    boolean latest,
    int total,
    int featuredTotal,
    List<CategoryTab> categories,
    String category,
    int periodTotal,
    boolean hubHasPapers) {
  public DailyView {
    tabs = List.copyOf(tabs);
    sorts = List.copyOf(sorts);
    cards = List.copyOf(cards);
    categories = List.copyOf(categories);
  }

  /** The chosen category's name ("Strongly Correlated Electrons"), or empty. */
  public String categoryName() {
    return category == null ? "" : dev.quire.paper.ArxivTaxonomy.get().name(category).orElse("");
  }

  /** "in cond-mat.str-el " when a category is chosen, else empty. */
  public String inCategory() {
    return category == null ? "" : "in " + category + " ";
  }

  /** "3 featured · 120 new on arXiv", or empty when nothing was featured. */
  public String compositionLabel() {
    if (featuredTotal == 0 || featuredTotal == total) {
      return "";
    }
    return Numbers.grouped(featuredTotal)
        + " featured · "
        + Numbers.grouped(total - featuredTotal)
        + " new on arXiv";
  }

  /** The heading: "Friday, August 21, 2026", "Week 34, 2026", "August 2026". */
  public String title() {
    return Dates.title(period);
  }

  /** The days a week spans; empty for days and months. */
  public String span() {
    return Dates.span(period);
  }

  /**
   * The period in words, for the empty state: "on Aug 21, 2026", "in week 34, 2026", "in August
   * 2026".
   */
  public String inWords() {
    return switch (period.kind()) {
      case DAY -> "on " + Dates.day(period.from());
      case WEEK -> "in " + Dates.title(period).toLowerCase(java.util.Locale.ROOT);
      case MONTH -> "in " + Dates.title(period);
    };
  }

  /** "Daily papers", "Weekly papers", "Monthly papers". */
  public String kindLabel() {
    return switch (period.kind()) {
      case DAY -> "Daily papers";
      case WEEK -> "Weekly papers";
      case MONTH -> "Monthly papers";
    };
  }

  /** "12 papers" when the list fits one page, else "Papers 51–100 of 2,345". */
  public String countLabel() {
    if (!pager.needed()) {
      return Numbers.counted(total, "paper", "papers");
    }
    return "Papers "
        + Numbers.grouped(offset + 1L)
        + "–"
        + Numbers.grouped((long) offset + cards.size())
        + " of "
        + Numbers.grouped(total);
  }

  /** The page's &lt;title&gt;. */
  public String pageTitle() {
    return kindLabel() + " · " + title();
  }
}
