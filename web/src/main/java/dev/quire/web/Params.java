package dev.quire.web;

import dev.quire.paper.Period;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Set;

/**
 * Validates query parameters at the edge: a bad value becomes a 400 that names the parameter and
 * the value.
 */
final class Params {
  /** The first year a period may lie in; earlier ones are typing mistakes. */
  static final int MIN_YEAR = 1000;

  /** The last year a period may lie in; later ones would also overflow date arithmetic. */
  static final int MAX_YEAR = 9999;

  private Params() {}

  /**
   * The period the date, week or month parameter names, or null when none is given; at most one may
   * be.
   */
  static Period period(Context ctx) {
    String date = blankToNull(ctx.queryParam("date"));
    String week = blankToNull(ctx.queryParam("week"));
    String month = blankToNull(ctx.queryParam("month"));
    int given = (date != null ? 1 : 0) + (week != null ? 1 : 0) + (month != null ? 1 : 0);
    if (given > 1) {
      throw new BadRequestResponse("give only one of date, week and month");
    }
    if (given == 0) {
      return null;
    }
    String name = date != null ? "date" : week != null ? "week" : "month";
    String raw = date != null ? date : week != null ? week : month;
    Period period;
    try {
      period =
          date != null
              ? Period.parseDay(date)
              : week != null ? Period.parseWeek(week) : Period.parseMonth(month);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    } catch (DateTimeException e) {
      throw outOfRange(name, raw);
    }
    if (period.from().getYear() < MIN_YEAR || period.from().getYear() > MAX_YEAR) {
      throw outOfRange(name, raw);
    }
    return period;
  }

  private static BadRequestResponse outOfRange(String name, String raw) {
    return new BadRequestResponse(
        name + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR + "; got '" + raw + "'");
  }

  /** An integer parameter within [min, max], or the default when absent. */
  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String raw = blankToNull(ctx.queryParam(name));
    if (raw == null) {
      return defaultValue;
    }
    try {
      int v = Integer.parseInt(raw.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new BadRequestResponse(
        name + " must be an integer from " + min + " to " + max + "; got '" + raw + "'");
  }

  /** One of the allowed values (case-insensitive), or the default when absent. */
  static String choice(Context ctx, String name, String defaultValue, Set<String> allowed) {
    String raw = blankToNull(ctx.queryParam(name));
    if (raw == null) {
      return defaultValue;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(raw.trim())) {
        return a;
      }
    }
    throw new BadRequestResponse(
        name
            + " must be one of "
            + String.join(", ", allowed.stream().sorted().toList())
            + "; got '"
            + raw
            + "'");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
