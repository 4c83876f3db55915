package dev.quire.web.view;

import dev.quire.paper.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A daily, weekly or monthly list of featured papers.
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
 */
public record DailyView(
    Period period,
    LocalDate anchorDay,
    List<Link> tabs,
    List<Link> sorts,
    Link previous,
    Link next,
    List<PaperCard> cards,
    Pager pager,
    int offset,
    boolean latest) {
  public DailyView {
    tabs = List.copyOf(tabs);
    sorts = List.copyOf(sorts);
    cards = List.copyOf(cards);
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

  /** "12 papers" when the list fits one page, else "Papers 51–100". */
  public String countLabel() {
    if (!pager.needed()) {
      return cards.size() + (cards.size() == 1 ? " paper" : " papers");
    }
    return "Papers " + (offset + 1) + "–" + (offset + cards.size());
  }

  /** The page's &lt;title&gt;. */
  public String pageTitle() {
    return kindLabel() + " · " + title();
  }
}
