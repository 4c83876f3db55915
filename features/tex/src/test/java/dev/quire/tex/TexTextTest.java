package dev.quire.tex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexTextTest {
  @Test
  void formulasAreFoundBetweenDollars() {
    assertThat(TexText.split("Ce$_3$Bi$_4$Pd$_3$ is a Kondo insulator"))
        .extracting(TexText.Segment::text)
        .containsExactly("Ce", "_3", "Bi", "_4", "Pd", "_3", " is a Kondo insulator");
  }

  @Test
  void pricesAndEscapedDollarsStayText() {
    assertThat(TexText.hasMath("costs $5 and $10 a month")).isFalse();
    assertThat(TexText.hasMath("a \\$ sign and $ alone")).isFalse();
    assertThat(TexText.hasMath("unclosed $x")).isFalse();
    assertThat(TexText.hasMath("display $$E=mc^2$$ and \\(x\\)")).isTrue();
  }

  @Test
  void simpleFormulasBecomePlainUnicodeAndOthersKeepTheirTex() {
    assertThat(TexText.plain("Ce$_3$Bi$_4$Pd$_3$")).isEqualTo("Ce₃Bi₄Pd₃");
    assertThat(TexText.plain("$\\mathrm{Mn}_{1-x}$Fe")).isEqualTo("$\\mathrm{Mn}_{1-x}$Fe");
    assertThat(TexText.plain("spin $J=5/2$ and $\\alpha\\sim 10^{-3}$"))
        .isEqualTo("spin J=5/2 and α ∼ 10⁻³");
    assertThat(TexText.plain("$\\frac{1}{2}$ filling")).isEqualTo("$\\frac{1}{2}$ filling");
  }
}
