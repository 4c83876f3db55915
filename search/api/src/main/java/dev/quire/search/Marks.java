package dev.quire.search;

import java.util.List;

/**
 * Highlighted HTML of a title or abstract, whatever engine found the matching words: the text is
 * HTML-escaped and only {@code <mark>} tags are added around the given spans, so the result is safe
 * to emit unescaped.
 */
public final class Marks {
  /** Length of an abstract snippet in characters, before word alignment. */
  public static final int SNIPPET_CHARS = 320;

  private Marks() {}

  /** The whole text, escaped, with the spans ({start, end} character offsets, in order) marked. */
  public static String full(String text, List<int[]> spans) {
    return html(text, spans, 0, text.length());
  }

  /** A window of the text around its densest spans, escaped and marked, with ellipses. */
  public static String snippet(String text, List<int[]> spans) {
    if (text.length() <= SNIPPET_CHARS) {
      return html(text, spans, 0, text.length());
    }
    int bestStart = 0;
    int bestCount = 0;
    for (int i = 0; i < spans.size(); i++) {
      int count = 0;
      for (int j = i; j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + SNIPPET_CHARS; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = Math.max(0, spans.get(i)[0] - 40);
      }
    }
    int start = bestStart == 0 ? 0 : wordStart(text, bestStart);
    int end = Math.min(text.length(), start + SNIPPET_CHARS);
    end = end == text.length() ? end : wordEnd(text, end);
    return (start > 0 ? "… " : "")
        + html(text, spans, start, end)
        + (end < text.length() ? " …" : "");
  }

  private static int wordStart(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i > 0 && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static String html(String text, List<int[]> spans, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from + 32);
    int at = from;
    for (int[] s : spans) {
      if (s[0] < at || s[1] > to) {
        continue;
      }
      escape(sb, text, at, s[0]);
      sb.append("<mark>");
      escape(sb, text, s[0], s[1]);
      sb.append("</mark>");
      at = s[1];
    }
    escape(sb, text, at, to);
    return sb.toString();
  }

  static void escape(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
