package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
  @Test
  void quotedPhrasesAreKeptApartFromFreeWords() {
    SearchQuery q = QuerySyntax.parse("diffusion \"image editing\" fast");
    assertThat(q.text()).isEqualTo("diffusion fast");
    assertThat(q.phrases()).containsExactly("image editing");
  }

  @Test
  void filtersAreReadWithQuotedValues() {
    SearchQuery q =
        QuerySyntax.parse("author:\"Grace Hopper\" cat:cs.CL org:Google after:2025-06 before:2026");
    assertThat(q.text()).isEmpty();
    assertThat(q.authors()).containsExactly("Grace Hopper");
    assertThat(q.categories()).containsExactly("cs.cl");
    assertThat(q.organizations()).containsExactly("google");
    assertThat(q.after()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(q.before()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void anArxivIdOrUrlAloneIsAJump() {
    assertThat(QuerySyntax.parse(" 2501.01234v2 ").arxivId()).isEqualTo("2501.01234");
    assertThat(QuerySyntax.parse("https://arxiv.org/abs/2501.01234").arxivId())
        .isEqualTo("2501.01234");
    assertThat(QuerySyntax.parse("2501.01234 transformers").arxivId()).isNull();
  }

  @Test
  void unknownFieldsAndUnclosedQuotesAreJustText() {
    SearchQuery q = QuerySyntax.parse("title:foo \"open phrase");
    assertThat(q.text()).isEqualTo("title:foo");
    assertThat(q.phrases()).containsExactly("open phrase");
  }

  @Test
  void anUnreadableDateIsAnErrorNamingIt() {
    assertThatThrownBy(() -> QuerySyntax.parse("after:yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after:")
        .hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> QuerySyntax.parse("before:2025-13")).hasMessageContaining("2025-13");
  }
}
