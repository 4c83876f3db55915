package dev.quire.web;

import dev.quire.paper.Period;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Set;

/** Validates query parameters at the edge: a bad value becomes a 400 that names the parameter and the value. */
final class Params {
  private Params() {}

  /** The period the date, week or month parameter names, or null when none is given; at most one may be. */
  static Period period(Context ctx) {
    String date = blankToNull(ctx.queryParam("date"));
    String week = blankToNull(ctx.queryParam("week"));
    String month = blankToNull(ctx.queryParam("month"));
    int given = (date != null ? 1 : 0) + (week != null ? 1 : 0) + (month != null ? 1 : 0);
    if (given > 1) {
      throw new BadRequestResponse("give only one of date, week and month");
    }
    try {
      if (date != null) {
        return Period.parseDay(date);
      }
      if (week != null) {
        return Period.parseWeek(week);
      }
      if (month != null) {
        return Period.parseMonth(month);
      }
      return null;
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    } catch (DateTimeException e) { // a parsable date at the very end of the calendar, e.g. +999999999-12-31
      String name = date != null ? "date" : week != null ? "week" : "month";
      String value = date != null ? date : week != null ? week : month;
      throw new BadRequestResponse(name + " is out of range; got '" + value + "'");
    }
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
    throw new BadRequestResponse(name + " must be an integer from " + min + " to " + max + "; got '" + raw + "'");
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
    throw new BadRequestResponse(name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
        + "; got '" + raw + "'");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
