package dev.quire.web.view;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A small bar chart of papers per month as a standalone SVG image: one bar per month from the first
 * to the last month with papers (at most the last {@link #MAX_MONTHS}), empty months included.
 */
public final class MonthChart {
  /** Months drawn at most; older ones are left off. */
  static final int MAX_MONTHS = 60;

  static final int WIDTH = 600;
  static final int HEIGHT = 90;
  private static final int AXIS = 16;
  private static final double MAX_SLOT = 40;
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private MonthChart() {}

  /** The SVG document for these counts. */
  public static String svg(SortedMap<YearMonth, Integer> counts) {
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
    if (counts.isEmpty()) {
      out.append("<text x=\"4\" y=\"40\" fill=\"#6b7280\">No dated matches</text></svg>");
      return out.toString();
    }
    YearMonth last = counts.lastKey();
    YearMonth first = counts.firstKey();
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      first = last.minusMonths(MAX_MONTHS - 1);
    }
    int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    int max = counts.tailMap(first).values().stream().mapToInt(Integer::intValue).max().orElse(1);
    double slot = Math.min(MAX_SLOT, (double) WIDTH / months);
    double barWidth = Math.max(1, slot * 0.8);
    int plot = HEIGHT - AXIS - 4;
    for (int i = 0; i < months; i++) {
      YearMonth m = first.plusMonths(i);
      int n = counts.getOrDefault(m, 0);
      double h = max == 0 ? 0 : Math.max(n > 0 ? 1.5 : 0, plot * (double) n / max);
      out.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#6366f1\">"
                  + "<title>%s: %d</title></rect>",
              i * slot + (slot - barWidth) / 2,
              4 + plot - h,
              barWidth,
              h,
              LABEL.format(m),
              n));
    }
    out.append("<text x=\"0\" y=\"")
        .append(HEIGHT - 3)
        .append("\" fill=\"#6b7280\">")
        .append(LABEL.format(first))
        .append("</text>");
    if (months > 1) {
      out.append("<text x=\"")
          .append(String.format(Locale.ROOT, "%.1f", months * slot))
          .append("\" y=\"")
          .append(HEIGHT - 3)
          .append("\" text-anchor=\"end\" fill=\"#6b7280\">")
          .append(LABEL.format(last))
          .append("</text>");
    }
    out.append("<text x=\"")
        .append(WIDTH)
        .append("\" y=\"12\" text-anchor=\"end\" fill=\"#6b7280\">peak ")
        .append(max)
        .append(" a month</text></svg>");
    return out.toString();
  }
}
