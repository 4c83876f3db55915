package dev.quire.tex;

/**
 * Turns the TeX of one formula into MathML Core, which browsers draw without any script. Knows the
 * TeX that titles and abstracts use (scripts, Greek, symbols, fonts, fractions, roots, accents,
 * text); anything else, or unbalanced braces, is refused so that the caller shows the formula's
 * source instead.
 */
public final class TexMath {
  /** Longer formulas are shown as source: a title or abstract has no business holding one. */
  static final int MAX_LENGTH = 2_000;

  private TexMath() {}

  /** The {@code <math>} element for this TeX, or null when it cannot be converted. */
  public static String toMathMlOrNull(String tex) {
    if (tex == null || tex.isBlank() || tex.length() > MAX_LENGTH) {
      return null;
    }
    String body;
    try {
      body = new TexParser(tex).parse();
    } catch (TexParser.Unsupported e) {
      return null;
    }
    return "<math><semantics><mrow>"
        + body
        + "</mrow><annotation encoding=\"application/x-tex\">"
        + TexParser.escape(tex)
        + "</annotation></semantics></math>";
  }
}
