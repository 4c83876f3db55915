package dev.quire.mcp;

import dev.quire.paper.Period;
import java.time.DateTimeException;
import java.util.LinkedHashSet;
import java.util.List;

/** The date, week or month argument of a listing tool (at most one of them). */
final class PeriodArgs {
  private PeriodArgs() {}

  static Period period(ToolArgs args, Period fallback) {
    LinkedHashSet<String> given = new LinkedHashSet<>();
    for (String name : List.of("date", "week", "month")) {
      if (args.optionalString(name) != null) {
        given.add(name);
      }
    }
    if (given.size() > 1) {
      throw new ToolArgs.BadArgument(
          String.join(", ", given), "are given together; give only one of date, week and month");
    }
    if (given.isEmpty()) {
      return fallback;
    }
    String name = given.iterator().next();
    String raw = args.optionalString(name);
    try {
      return switch (name) {
        case "date" -> Period.parseDay(raw);
        case "week" -> Period.parseWeek(raw);
        default -> Period.parseMonth(raw);
      };
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ToolArgs.BadArgument(name, "is not a valid " + name + ": '" + raw + "'");
    }
  }
}
