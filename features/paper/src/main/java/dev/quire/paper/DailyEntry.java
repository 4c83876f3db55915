package dev.quire.paper;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A paper featured on the daily list of one day.
 *
 * @param paperId normalised arXiv id
 * @param featuredOn the day of the daily list
 * @param submittedAt when it was submitted to the list, may be null
 * @param submitter user name of who submitted it, may be null
 * @param submitterFullname display name of the submitter, may be null
 * @param submitterAvatar avatar URL of the submitter, may be null
 */
public record DailyEntry(
    String paperId,
    LocalDate featuredOn,
    Instant submittedAt,
    String submitter,
    String submitterFullname,
    String submitterAvatar) {
  public DailyEntry {
    if (paperId == null || featuredOn == null) {
      throw new IllegalArgumentException("daily entry needs a paper id and a day");
    }
  }
}
