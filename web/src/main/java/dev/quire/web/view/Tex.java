package dev.quire.web.view;

import dev.quire.tex.TexMath;
import dev.quire.tex.TexText;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;

/**
 * Titles and abstracts with their TeX drawn as MathML, for templates: {@code ${Tex.html(title)}}.
 * The text around formulas is escaped; a formula that cannot be converted shows its source.
 */
public final class Tex {
  private Tex() {}

  /** The text as HTML with its formulas as MathML. */
  public static Content html(String text) {
    return output -> write(text, output);
  }

  /** The text with simple formulas in Unicode and others as TeX: for page titles and meta tags. */
  public static String plain(String text) {
    return TexText.plain(text);
  }

  /**
   * Highlighted search text (escaped, with only {@code <mark>} tags) with its formulas as MathML. A
   * formula with a marked word inside is marked as a whole.
   */
  public static Content highlighted(String html) {
    return output -> writeHighlighted(html == null ? "" : html, output);
  }

  private static void writeHighlighted(String html, TemplateOutput output) {
    StringBuilder plain = new StringBuilder();
    // marks[i]: the tags that stand before character i of the plain text
    java.util.Map<Integer, StringBuilder> marks = new java.util.HashMap<>();
    int i = 0;
    while (i < html.length()) {
      if (html.startsWith("<mark>", i) || html.startsWith("</mark>", i)) {
        String tag = html.startsWith("<mark>", i) ? "<mark>" : "</mark>";
        marks.computeIfAbsent(plain.length(), k -> new StringBuilder()).append(tag);
        i += tag.length();
      } else if (html.charAt(i) == '&') {
        int semi = html.indexOf(';', i);
        String entity = semi < 0 ? "&" : html.substring(i, semi + 1);
        plain.append(
            switch (entity) {
              case "&amp;" -> "&";
              case "&lt;" -> "<";
              case "&gt;" -> ">";
              case "&quot;" -> "\"";
              case "&#39;" -> "'";
              default -> entity;
            });
        i += entity.length();
      } else {
        plain.append(html.charAt(i++));
      }
    }
    int at = 0;
    boolean open = false;
    for (TexText.Segment s : TexText.split(plain.toString())) {
      int end = at + s.source().length();
      String mathMl = s.math() ? TexMath.toMathMlOrNull(s.text()) : null;
      if (mathMl != null) {
        boolean marked = false;
        boolean state = open;
        for (int k = at; k < end; k++) {
          StringBuilder tags = marks.get(k);
          if (tags != null) {
            state = tags.lastIndexOf("<mark>") > tags.lastIndexOf("</mark>");
          }
          marked |= state;
        }
        if (open) {
          output.writeContent("</mark>");
        }
        output.writeContent(marked ? "<mark>" + mathMl + "</mark>" : mathMl);
        open = state;
        if (open) {
          output.writeContent("<mark>");
        }
      } else {
        for (int k = at; k < end; k++) {
          StringBuilder tags = marks.get(k);
          if (tags != null) {
            output.writeContent(tags.toString());
            open = tags.lastIndexOf("<mark>") > tags.lastIndexOf("</mark>");
          }
          Escape.htmlContent(String.valueOf(plain.charAt(k)), output);
        }
      }
      at = end;
    }
    StringBuilder tail = marks.get(plain.length());
    if (tail != null) {
      output.writeContent(tail.toString());
    }
  }

  private static void write(String text, TemplateOutput output) {
    for (TexText.Segment s : TexText.split(text)) {
      String mathMl = s.math() ? TexMath.toMathMlOrNull(s.text()) : null;
      if (mathMl != null) {
        output.writeContent(mathMl);
      } else if (s.math()) {
        output.writeContent("<span class=\"tex-source\">");
        Escape.htmlContent(s.source(), output);
        output.writeContent("</span>");
      } else {
        Escape.htmlContent(s.text(), output);
      }
    }
  }
}
