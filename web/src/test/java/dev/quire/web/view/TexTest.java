package dev.quire.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

class TexTest {
  private static String render(Content c) {
    StringOutput out = new StringOutput();
    c.writeTo(out);
    return out.toString();
  }

  @Test
  void textAroundFormulasIsEscaped() {
    String html = render(Tex.html("<b>Ce</b>$_3$ & co"));
    assertThat(html).startsWith("&lt;b&gt;Ce&lt;/b&gt;<math>").endsWith("</math> &amp; co");
  }

  @Test
  void highlightedSearchTextKeepsItsMarksAndRendersItsFormulas() {
    String html = render(Tex.highlighted("<mark>Kondo</mark> insulator Ce$_3$Bi &amp; $x&lt;y$"));
    assertThat(html)
        .startsWith("<mark>Kondo</mark> insulator Ce<math>")
        .contains("Bi &amp; <math>")
        .contains("<mo>&lt;</mo>")
        .doesNotContain("$");
  }

  @Test
  void aMarkedWordInsideAFormulaMarksTheWholeFormula() {
    String html = render(Tex.highlighted("spin $<mark>J</mark>=5/2$ state"));
    assertThat(html).startsWith("spin <mark><math>").contains("</math></mark> state");
  }

  @Test
  void aBrokenFormulaInHighlightedTextKeepsItsSourceAndMarks() {
    String html = render(Tex.highlighted("a $\\frac{<mark>x</mark>$ b"));
    assertThat(html).isEqualTo("a $\\frac{<mark>x</mark>$ b");
  }
}
