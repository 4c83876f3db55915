package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PagePersonalizerTest {
  @Test
  void onlyTheButtonsOfVotedPapersArePressed() {
    String html =
        "<button data-vote=\"1\" aria-pressed=\"false\"></button>"
            + "<button data-vote=\"hep-th/9901001\" aria-pressed=\"false\"></button>"
            + "<button data-vote=\"3\" aria-pressed=\"false\"></button>";
    assertThat(PagePersonalizer.pressVotes(html, Set.of("hep-th/9901001", "3", "404")))
        .isEqualTo(
            "<button data-vote=\"1\" aria-pressed=\"false\"></button>"
                + "<button data-vote=\"hep-th/9901001\" aria-pressed=\"true\"></button>"
                + "<button data-vote=\"3\" aria-pressed=\"true\"></button>");
    assertThat(PagePersonalizer.pressVotes(html, Set.of())).isSameAs(html);
  }
}
