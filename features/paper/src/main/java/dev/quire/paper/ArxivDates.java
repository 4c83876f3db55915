package dev.quire.paper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-publication date of a paper known only from a listing: the month in its arXiv id is
 * certain, a listing day is trusted only when it falls in that month (or the first week after it,
 * since listings are dated by the day they were read).
 */
public final class ArxivDates {
  /** A listing read a few days after the end of the id's month still dates the announcement. */
  static final int GRACE_DAYS = 7;

  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
  private static final Pattern OLD_STYLE = Pattern.compile(".*/(\\d{2})(\\d{2})\\d{3}");

  private ArxivDates() {}

  /**
   * A first-publication date and whether its day is known.
   *
   * @param instant the date, at the start of the month when only the month is known
   * @param dayKnown false when only the month is known
   */
  public record Dated(Instant instant, boolean dayKnown) {}

  /** The year and month an arXiv id was assigned (2404.17633 gives 2024-04), or empty. */
  public static Optional<YearMonth> idMonth(String id) {
    Matcher m = NEW_STYLE.matcher(id);
    if (m.matches()) {
      return Optional.of(YearMonth.of(2000 + Integer.parseInt(m.group(1)), month(m.group(2))));
    }
    m = OLD_STYLE.matcher(id);
    if (m.matches()) {
      int yy = Integer.parseInt(m.group(1));
      return Optional.of(YearMonth.of(yy >= 91 ? 1900 + yy : 2000 + yy, month(m.group(2))));
    }
    return Optional.empty();
  }

  private static int month(String mm) {
    int m = Integer.parseInt(mm);
    return m >= 1 && m <= 12 ? m : 1;
  }

  /**
   * The publication date of a paper whose only date is {@code listed} (a listing day or an update
   * date): that day when it fits the id's month, else the id's month with the day unknown.
   */
  public static Dated fromListing(String id, Instant listed) {
    Optional<YearMonth> month = idMonth(id);
    if (month.isEmpty()) {
      return new Dated(listed, listed != null);
    }
    Instant start = month.get().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    if (listed == null) {
      return new Dated(start, false);
    }
    LocalDate day = listed.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = month.get().atEndOfMonth().plusDays(GRACE_DAYS);
    boolean fits = !day.isBefore(month.get().atDay(1)) && !day.isAfter(last);
    return fits ? new Dated(listed, true) : new Dated(start, false);
  }
}
