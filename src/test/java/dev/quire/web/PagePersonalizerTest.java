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

  @Test
  void aCutBodyFilledForAReaderEqualsTheStringPersonalisation() {
    String nav = "<nav id=\"account-nav\"><a href=\"/signin\">Sign in</a></nav>";
    String html =
        "<head></head>"
            + nav
            + "<form><input type=\"hidden\" name=\"csrf\" value=\"\">"
            + "<button data-vote=\"2608.1\" aria-pressed=\"false\">1</button></form>"
            + "<p>name data données</p>"
            + "<form><input type=\"hidden\" name=\"csrf\" value=\"\">"
            + "<button data-vote=\"2608.2\" aria-pressed=\"false\">2</button></form>";
    byte[] filled =
        PersonalizableBody.of(html, nav)
            .fill(
                "<nav>ada</nav>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "TOKEN".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Set.of("2608.2"));
    assertThat(new String(filled, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            PagePersonalizer.pressVotes(
                html.replace(nav, "<nav>ada</nav>")
                    .replace("name=\"csrf\" value=\"\"", "name=\"csrf\" value=\"TOKEN\""),
                Set.of("2608.2")));
  }
}
