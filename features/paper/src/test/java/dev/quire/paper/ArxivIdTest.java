package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {
  @ParameterizedTest
  @CsvSource({
    "2504.08385, 2504.08385",
    "2504.08385v3, 2504.08385",
    "0704.0001, 0704.0001",
    "arXiv:2504.08385v1, 2504.08385",
    "https://arxiv.org/abs/2504.08385v2, 2504.08385",
    "https://arxiv.org/pdf/2504.08385.pdf, 2504.08385",
    "hep-th/9901001, hep-th/9901001",
    "hep-th/9901001v2, hep-th/9901001",
    "math.CO/0601001, math.CO/0601001",
    "' 2608.19880 ', 2608.19880"
  })
  void versionSuffixesAndPrefixesAreStrippedAndOldStyleIdsKept(String raw, String expected) {
    assertThat(ArxivId.normalize(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-an-id",
        "2504",
        "2504.083",
        "12345.6789",
        "../etc/passwd",
        "2504.08385; drop"
      })
  void anythingElseIsNotAnArxivId(String raw) {
    assertThat(ArxivId.parse(raw)).isEmpty();
  }

  @Test
  void theErrorNamesTheBadValue() {
    assertThatThrownBy(() -> ArxivId.normalize("nope")).hasMessage("not an arXiv id: 'nope'");
  }

  @Test
  void theVersionNumberIsReadFromTheSuffix() {
    assertThat(ArxivId.version("2504.08385v12")).contains(12);
    assertThat(ArxivId.version("2504.08385")).isEmpty();
  }
}
