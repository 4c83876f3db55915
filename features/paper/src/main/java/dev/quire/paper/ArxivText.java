package dev.quire.paper;

/**
 * Cleans arXiv's text fields: hard-wrapped titles and abstracts as the arXiv feeds deliver them.
 */
public final class ArxivText {
  private ArxivText() {}

  /** Collapses every run of whitespace (line breaks included) to one space; null stays null. */
  public static String collapse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }

  /** Unwraps arXiv's hard line breaks; a blank line or an indented line starts a new paragraph. */
  public static String abstractText(String s) {
    if (s == null) {
      return "";
    }
    String[] lines = s.strip().split("\n");
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      boolean newParagraph = line.isBlank() || (line.startsWith("  ") && sb.length() > 0);
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(newParagraph ? "\n\n" : " ");
      }
      sb.append(t);
    }
    return sb.toString();
  }
}
