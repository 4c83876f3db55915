package dev.quire.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the TeX formulas in a title or abstract ({@code $…$}, {@code $$…$$}, {@code \(…\)}) and
 * turns text with formulas into MathML-ready segments or into plain text.
 *
 * <p>A {@code $} opens a formula only when a non-space character follows it, and closes one only
 * when a non-space character precedes it and no digit follows ("costs $5 and $10" stays text);
 * {@code \$} is a dollar sign. An unclosed formula is text.
 */
public final class TexText {
  /**
   * A run of text or one formula.
   *
   * @param text the text, or the formula's TeX without its delimiters
   * @param source the run as written, delimiters included
   * @param math whether this is a formula
   */
  public record Segment(String text, String source, boolean math) {}

  private TexText() {}

  /** Whether the text holds at least one formula. */
  public static boolean hasMath(String text) {
    return text != null && split(text).stream().anyMatch(Segment::math);
  }

  /** The text cut into plain runs and formulas, in order; empty for null or empty text. */
  public static List<Segment> split(String text) {
    List<Segment> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    StringBuilder plain = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '$') {
        plain.append("\\$");
        i += 2;
        continue;
      }
      int[] found = c == '$' ? dollarFormula(text, i) : c == '\\' ? parenFormula(text, i) : null;
      if (found == null) {
        plain.append(c);
        i++;
        continue;
      }
      if (!plain.isEmpty()) {
        out.add(new Segment(plain.toString(), plain.toString(), false));
        plain.setLength(0);
      }
      int innerFrom = found[0];
      int innerTo = found[1];
      int end = found[2];
      out.add(new Segment(text.substring(innerFrom, innerTo), text.substring(i, end), true));
      i = end;
    }
    if (!plain.isEmpty()) {
      out.add(new Segment(plain.toString(), plain.toString(), false));
    }
    return out;
  }

  /** {inner start, inner end, end} of a {@code $…$} or {@code $$…$$} formula at {@code at}. */
  private static int[] dollarFormula(String text, int at) {
    int n = text.length();
    boolean display = at + 1 < n && text.charAt(at + 1) == '$';
    int from = at + (display ? 2 : 1);
    if (from >= n || Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '$') {
      return null;
    }
    for (int j = from; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++; // skip the escaped character, \$ included
        continue;
      }
      if (c != '$') {
        continue;
      }
      if (display) {
        return j + 1 < n && text.charAt(j + 1) == '$' ? new int[] {from, j, j + 2} : null;
      }
      boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
      boolean digitAfter = j + 1 < n && Character.isDigit(text.charAt(j + 1));
      return spaceBefore || digitAfter ? null : new int[] {from, j, j + 1};
    }
    return null;
  }

  /** {inner start, inner end, end} of a {@code \(…\)} formula at {@code at}. */
  private static int[] parenFormula(String text, int at) {
    if (!text.startsWith("\\(", at)) {
      return null;
    }
    int close = text.indexOf("\\)", at + 2);
    return close < 0 ? null : new int[] {at + 2, close, close + 2};
  }

  /**
   * The text with simple formulas written out in Unicode ({@code Ce$_3$Bi$_4$} → {@code Ce₃Bi₄},
   * {@code $\alpha$} → {@code α}) and the others kept as TeX: for page titles, feeds, mail and
   * Markdown.
   */
  public static String plain(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Segment s : split(text)) {
      if (!s.math()) {
        out.append(s.text());
        continue;
      }
      String simple = PlainMath.simplify(s.text());
      out.append(simple == null ? s.source() : simple);
    }
    return out.toString();
  }
}
