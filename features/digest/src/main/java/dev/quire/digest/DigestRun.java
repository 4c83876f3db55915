package dev.quire.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One digest (a day's, a week's, or a day's topic alerts) and the papers it lists.
 *
 * @param key e.g. daily:2026-08-21, weekly:2026-08-24, alerts:2026-08-21
 * @param kind daily, weekly or alerts
 * @param from first day covered, inclusive
 * @param toExclusive the day after the last day covered
 * @param paperIds the papers, best first, fixed when the run was first made
 * @param createdAt when the run was first made
 * @param lastRunAt when it was last run (re-runs only send what is still due)
 */
public record DigestRun(
    String key,
    String kind,
    LocalDate from,
    LocalDate toExclusive,
    List<String> paperIds,
    Instant createdAt,
    Instant lastRunAt) {
  public DigestRun {
    paperIds = List.copyOf(paperIds);
  }
}
