package dev.quire.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits arXiv's joined author string ("A, B and C") into names, ignoring commas inside
 * parentheses.
 */
public final class AuthorListSplitter {
  private AuthorListSplitter() {}

  /** The names in a joined author list, in order; empty for null or blank. */
  public static List<String> split(String authors) {
    List<String> out = new ArrayList<>();
    if (authors == null || authors.isBlank()) {
      return out;
    }
    String s = authors.replaceAll("\\s+", " ").strip();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (depth == 0 && c == ',') {
        add(out, current);
        continue;
      }
      if (depth == 0 && s.startsWith(" and ", i)) {
        add(out, current);
        i += 4;
        continue;
      }
      current.append(c);
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder current) {
    String name = current.toString().strip();
    if (name.startsWith("and ")) {
      name = name.substring(4).strip();
    }
    if (!name.isEmpty()) {
      out.add(name);
    }
    current.setLength(0);
  }
}
