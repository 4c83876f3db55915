package dev.quire.web.view;

import dev.quire.paper.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Formats days and periods for people ("Aug 21, 2026", "Week 34, 2026"); all in UTC, English. */
public final class Dates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private Dates() {}

  /** "Aug 21, 2026". */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** "Aug 21, 2026" of the UTC day of an instant. */
  public static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
  }

  /** "Aug 21, 2026, 14:05 UTC": an instant for people, to the minute. */
  public static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(ZoneOffset.UTC));
  }

  /** "April 2024" of the UTC month of an instant. */
  public static String month(Instant instant) {
    return instant == null ? "" : MONTH.format(instant.atZone(ZoneOffset.UTC));
  }

  /** The period as a heading: "Friday, August 21, 2026", "Week 34, 2026" or "August 2026". */
  public static String title(Period p) {
    return switch (p.kind()) {
      case DAY -> LONG_DAY.format(p.from());
      case WEEK ->
          "Week "
              + p.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
              + ", "
              + p.from().get(IsoFields.WEEK_BASED_YEAR);
      case MONTH -> MONTH.format(p.from());
    };
  }

  /** The period in few words, for navigation links: "Aug 20", "Week 33" or "July 2026". */
  public static String shortTitle(Period p) {
    return switch (p.kind()) {
      case DAY -> SHORT_DAY.format(p.from());
      case WEEK -> "Week " + p.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case MONTH -> MONTH.format(p.from());
    };
  }

  /** The days a week covers, "Aug 17 – Aug 23, 2026"; empty for other periods. */
  public static String span(Period p) {
    if (p.kind() != Period.Kind.WEEK) {
      return "";
    }
    LocalDate last = p.toExclusive().minusDays(1);
    return SHORT_DAY.format(p.from()) + " – " + DAY.format(last);
  }
}
