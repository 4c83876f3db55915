package dev.quire.tex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.SharedData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class TexMathTest {
  @Test
  void aChemicalFormulaBecomesSubscriptsInMathMl() {
    String mathMl = TexMath.toMathMlOrNull("_3");
    assertThat(mathMl).contains("<msub><mrow></mrow><mrow><mn>3</mn></mrow></msub>");
  }

  @Test
  void uprightTextWithASubscriptRenders() {
    String mathMl = TexMath.toMathMlOrNull("\\mathrm{Mn}_{1-x}");
    assertThat(mathMl)
        .contains(
            "<msub><mrow><mi>Mn</mi></mrow><mrow><mrow><mn>1</mn><mo>−</mo><mi>x</mi></mrow></mrow></msub>");
  }

  @Test
  void aFractionAndGreekLettersRender() {
    assertThat(TexMath.toMathMlOrNull("J=5/2"))
        .contains("<mi>J</mi><mo>=</mo><mn>5</mn><mo>/</mo>");
    assertThat(TexMath.toMathMlOrNull("\\frac{1}{2}\\alpha \\sim 10^{-3}"))
        .contains(
            "<mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mi>α</mi><mo>∼</mo>")
        .contains("<msup><mn>10</mn><mrow><mrow><mo>−</mo><mn>3</mn></mrow></mrow></msup>");
  }

  @Test
  void fontsMapToMathematicalLetters() {
    assertThat(TexMath.toMathMlOrNull("\\mathcal{O}(N^4)")).contains("<mi>\uD835\uDCAA</mi>");
    assertThat(TexMath.toMathMlOrNull("\\mathbb{R}")).contains("<mi>ℝ</mi>");
    assertThat(TexMath.toMathMlOrNull("{\\bf H}\\parallel{\\bf c}"))
        .contains("<mi>\uD835\uDC07</mi>");
  }

  @Test
  void textAndOperatorsEscapeMarkup() {
    String mathMl = TexMath.toMathMlOrNull("a<b \\text{<script>}");
    assertThat(mathMl).contains("<mo>&lt;</mo>").contains("<mtext>&lt;script&gt;</mtext>");
    assertThat(mathMl).doesNotContain("<script>");
  }

  @Test
  void brokenTexIsRefused() {
    assertThat(TexMath.toMathMlOrNull("\\frac{1}{2")).isNull();
    assertThat(TexMath.toMathMlOrNull("x^")).isNull();
    assertThat(TexMath.toMathMlOrNull("a}b")).isNull();
    assertThat(TexMath.toMathMlOrNull("\\unknowncommand x")).isNull();
    assertThat(TexMath.toMathMlOrNull("a & b")).isNull();
    assertThat(TexMath.toMathMlOrNull("x_1_2")).isNull();
  }

  @Test
  void everyFormulaInTheRealPhysicsListingsIsWellFormedXmlOrRefused() throws Exception {
    Path file = SharedData.require("arxiv/arxiv-listings-physics.kaggle.jsonl.gz");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    int formulas = 0;
    int converted = 0;
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (int line = 0; line < 5_000; line++) {
        String record = in.readLine();
        if (record == null) {
          break;
        }
        var node = json.readTree(record);
        for (String field : new String[] {"title", "abstract"}) {
          for (TexText.Segment s : TexText.split(node.path(field).asText())) {
            if (!s.math()) {
              continue;
            }
            formulas++;
            String mathMl = TexMath.toMathMlOrNull(s.text());
            if (mathMl != null) {
              converted++;
              xml.parse(new InputSource(new java.io.StringReader(mathMl)));
            }
          }
        }
      }
    }
    System.out.printf("TeX formulas converted: %d of %d%n", converted, formulas);
    assertThat(formulas).isGreaterThan(5_000);
    assertThat(converted).isGreaterThan(formulas * 95 / 100);
  }
}
