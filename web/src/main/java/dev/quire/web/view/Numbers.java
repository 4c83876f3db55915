package dev.quire.web.view;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats counts for people: "1,611", "1 paper" / "3 papers". */
public final class Numbers {
  private Numbers() {}

  /** The count with thousands separators: 70556 gives "70,556". */
  public static String grouped(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  /** "1 topic", "3 topics", "1,611 papers": the count and the noun in singular or plural. */
  public static String counted(long n, String singular, String plural) {
    return grouped(n) + " " + (n == 1 ? singular : plural);
  }
}
