package dev.quire.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void textThatIsLegalXmlIsReturnedAsIs() {
    String s = "Tab\tLF\nCR\r <&> \"quotes\" café \uD83D\uDE80 \uFFFD";
    assertThat(XmlText.clean(s)).isSameAs(s);
  }

  @Test
  void controlCharactersLoneSurrogatesAndNonCharactersAreDropped() {
    assertThat(XmlText.clean("\u0000a\u0001b\u001Fc\uD800d\uDC00e\uFFFEf\uFFFF\uD83D"))
        .isEqualTo("abcdef");
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(XmlText.clean(null)).isEmpty();
  }
}
