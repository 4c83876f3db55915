package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.web.view.Hole;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagePersonalizerTest {
  private static String button(String id, boolean pressed) {
    return Hole.VOTE_START + id + Hole.VOTE_STATE + pressed + "\" title=\"Upvote\">1</button>";
  }

  @Test
  void onlyTheButtonsOfVotedPapersArePressed() {
    String html = button("1", false) + button("hep-th/9901001", false) + button("3", false);
    assertThat(PagePersonalizer.pressVotes(html, Set.of("hep-th/9901001", "3", "404")))
        .isEqualTo(button("1", false) + button("hep-th/9901001", true) + button("3", true));
    assertThat(PagePersonalizer.pressVotes(html, Set.of())).isSameAs(html);
  }

  @Test
  void aCutBodyFilledForAReaderEqualsTheStringPersonalisation() {
    String nav = "<nav id=\"account-nav\"><a href=\"/signin\">Sign in</a></nav>";
    String html =
        "<head></head>"
            + nav
            + "<form>"
            + Hole.CSRF_EMPTY
            + button("2608.1", false)
            + "</form>"
            + "<p>name data données <button data-vote=\"2608.2\" aria-pressed=\"false\"></p>"
            + "<form>"
            + Hole.CSRF_EMPTY
            + button("2608.2", false)
            + "</form>";
    String filled =
        new String(
            PersonalizableBody.of(html, nav)
                .fill(
                    "<nav>ada</nav>".getBytes(StandardCharsets.UTF_8),
                    "TOKEN".getBytes(StandardCharsets.UTF_8),
                    Set.of("2608.2")),
            StandardCharsets.UTF_8);
    assertThat(filled)
        .isEqualTo(
            PagePersonalizer.pressVotes(
                html.replace(nav, "<nav>ada</nav>")
                    .replace(Hole.CSRF_EMPTY, Hole.CSRF_START + "TOKEN" + Hole.CSRF_END),
                Set.of("2608.2")))
        .contains("<nav>ada</nav>")
        .contains(button("2608.2", true))
        .contains(button("2608.1", false))
        .doesNotContain(Hole.CSRF_EMPTY);
  }
}
