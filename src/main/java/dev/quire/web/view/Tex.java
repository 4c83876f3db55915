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
