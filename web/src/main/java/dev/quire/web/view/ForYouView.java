package dev.quire.web.view;

import dev.quire.paper.Period;
import java.util.List;

/**
 * A reader's For-you page of one period.
 *
 * @param period the period shown
 * @param tabs Daily / Weekly / Monthly links, the current one marked
 * @param previous the period before
 * @param next the period after, or null when it lies after the newest papers
 * @param items the ranked papers
 * @param weights the weights of the ranking, in words
 * @param positives how many papers the reader has shown interest in
 * @param follows how many things the reader follows
 * @param back this page's URL, where buttons on it return
 */
public record ForYouView(
    Period period,
    List<Link> tabs,
    Link previous,
    Link next,
    List<SuggestionCard> items,
    String weights,
    int positives,
    int follows,
    String back) {
  public ForYouView {
    tabs = List.copyOf(tabs);
    items = List.copyOf(items);
  }

  /** The heading: the day, week or month. */
  public String title() {
    return Dates.title(period);
  }

  /** Whether the reader has given nothing to personalise with yet. */
  public boolean coldStart() {
    return positives == 0 && follows == 0;
  }

  /** How many of the papers are shown for the first time. */
  public long newCount() {
    return items.stream().filter(SuggestionCard::isNew).count();
  }
}
