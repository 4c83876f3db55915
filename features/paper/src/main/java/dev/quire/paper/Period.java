package dev.quire.paper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, an ISO week or a month of the daily list.
 *
 * @param kind day, week or month
 * @param from first day, inclusive
 * @param toExclusive the day after the last day
 */
public record Period(Kind kind, LocalDate from, LocalDate toExclusive) {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

  /** The length of a period. */
  public enum Kind {
    DAY,
    WEEK,
    MONTH
  }

  /** The single day {@code day}. */
  public static Period day(LocalDate day) {
    return new Period(Kind.DAY, day, day.plusDays(1));
  }

  /** The ISO week (Monday to Sunday) that contains {@code day}. */
  public static Period weekOf(LocalDate day) {
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    return new Period(Kind.WEEK, monday, monday.plusWeeks(1));
  }

  /** The month that contains {@code day}. */
  public static Period monthOf(LocalDate day) {
    LocalDate first = day.withDayOfMonth(1);
    return new Period(Kind.MONTH, first, first.plusMonths(1));
  }

  /** Parses YYYY-MM-DD; the message names the bad value and the expected form. */
  public static Period parseDay(String value) {
    try {
      return day(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date must be YYYY-MM-DD, e.g. 2026-08-21; got '" + value + "'", e);
    }
  }

  /** Parses an ISO week YYYY-Www, e.g. 2026-W34. */
  public static Period parseWeek(String value) {
    Matcher m = WEEK.matcher(value.trim().toUpperCase(Locale.ROOT));
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int week = Integer.parseInt(m.group(2));
      LocalDate probe = LocalDate.of(year, 6, 1);
      if (week >= 1 && week <= probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        LocalDate monday =
            probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new Period(Kind.WEEK, monday, monday.plusWeeks(1));
      }
    }
    throw new IllegalArgumentException("week must be YYYY-Www, e.g. 2026-W34; got '" + value + "'");
  }

  /** Parses YYYY-MM. */
  public static Period parseMonth(String value) {
    try {
      return monthOf(YearMonth.parse(value.trim()).atDay(1));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "month must be YYYY-MM, e.g. 2026-08; got '" + value + "'", e);
    }
  }

  /** The period of the same kind just before this one. */
  public Period previous() {
    return shift(-1);
  }

  /** The period of the same kind just after this one. */
  public Period next() {
    return shift(1);
  }

  private Period shift(int n) {
    return switch (kind) {
      case DAY -> day(from.plusDays(n));
      case WEEK -> weekOf(from.plusWeeks(n));
      case MONTH -> monthOf(from.plusMonths(n));
    };
  }

  /** The query-string value of this period: 2026-08-21, 2026-W34 or 2026-08. */
  public String param() {
    return switch (kind) {
      case DAY -> from.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              from.get(IsoFields.WEEK_BASED_YEAR),
              from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(from).toString();
    };
  }

  /** The query-string name of this period's kind: date, week or month. */
  public String paramName() {
    return switch (kind) {
      case DAY -> "date";
      case WEEK -> "week";
      case MONTH -> "month";
    };
  }

  /** This period as a daily-list query. */
  public DailyQuery query(DailyQuery.Sort sort, int offset, int limit) {
    return new DailyQuery(from, toExclusive, null, sort, offset, limit);
  }
}
