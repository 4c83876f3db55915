package dev.quire.paper;

import java.time.LocalDate;

/**
 * What to list from the daily papers: a range of featured days, an optional submitter, an order and
 * a page.
 *
 * @param from first day, inclusive
 * @param toExclusive day after the last day
 * @param submitter only entries submitted by this user name, or null for all
 * @param sort the order
 * @param offset rows to skip
 * @param limit rows to return
 */
public record DailyQuery(
    LocalDate from, LocalDate toExclusive, String submitter, Sort sort, int offset, int limit) {

  /** Orders of a daily list. */
  public enum Sort {
    /** Most upvoted first. */
    UPVOTES,
    /** Most recently featured first. */
    PUBLISHED,
    /**
     * Most recently featured day first, most upvoted first within a day (Hugging Face's daily
     * order).
     */
    DAY_THEN_UPVOTES
  }

  public DailyQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0");
    }
  }
}
