package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.paper.FeaturedPaper;
import dev.quire.testing.Fixtures;
import dev.quire.web.view.Hole;
import dev.quire.web.view.PaperCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract between the templates and the personaliser, read from every template under
 * src/main/jte: a page rendered once for anonymous readers is filled per reader at its {@link
 * Hole}s, so a form or an upvote button written without its hole template would silently stay
 * anonymous for signed-in readers.
 */
class TemplateHolesTest {
  static final Path JTE = Path.of("web/src/main/jte");
  private static final Pattern POST_FORM =
      Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);

  /** How a form posting to a route signed by a mailed token says it needs no CSRF hole. */
  static final String NO_CSRF = "<%-- no CSRF hole: the mailed token signs this form";

  /** Every template's source, by its path under src/main/jte. */
  static Map<String, String> templates() {
    try (Stream<Path> files = Files.walk(JTE)) {
      Map<String, String> all = new TreeMap<>();
      files
          .filter(f -> f.toString().endsWith(".jte"))
          .forEach(f -> all.put(JTE.relativize(f).toString().replace('\\', '/'), read(f)));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHoleTemplate(String name) {
    return Stream.of(Hole.values()).anyMatch(h -> h.template().equals(name));
  }

  @Test
  void noTemplateWritesACsrfFieldOrAnUpvoteButtonByHand() {
    Map<String, String> all = templates();
    assertThat(all).containsKeys("layout.jte", "tag/card.jte", "hole/csrf.jte", "hole/vote.jte");
    List<String> handWritten = new ArrayList<>();
    all.forEach(
        (name, source) -> {
          if (name.startsWith("hole/")) {
            return;
          }
          for (String raw : List.of("name=\"csrf\"", "data-vote", "vote-button", "Hole.")) {
            if (source.contains(raw)) {
              handWritten.add(name + " writes " + raw + " (use the hole templates in hole/)");
            }
          }
        });
    assertThat(handWritten).isEmpty();
  }

  @Test
  void everyPostFormInEveryTemplateCarriesItsCsrfHole() {
    List<String> missing = new ArrayList<>();
    int forms = 0;
    for (Map.Entry<String, String> t : templates().entrySet()) {
      String source = t.getValue();
      Matcher m = POST_FORM.matcher(source);
      while (m.find()) {
        forms++;
        int end = source.indexOf("</form>", m.end());
        String body = source.substring(m.end(), end < 0 ? source.length() : end);
        if (!body.contains("@template.hole.csrf(") && !body.contains(NO_CSRF)) {
          missing.add(t.getKey() + ": " + m.group());
        }
      }
    }
    assertThat(forms).as("post forms found under " + JTE).isGreaterThan(30);
    assertThat(missing).as("post forms without @template.hole.csrf(...)").isEmpty();
  }

  @Test
  void everyHoleIsDeclaredByATemplateThatExists() {
    Map<String, String> all = templates();
    for (Hole h : Hole.values()) {
      assertThat(all).as(h + " is emitted by " + h.template()).containsKey(h.template());
    }
    assertThat(
            all.keySet().stream()
                .filter(n -> n.startsWith("hole/"))
                .filter(n -> !isHoleTemplate(n)))
        .as("templates under hole/ that no Hole declares")
        .isEmpty();
    assertThat(all.get("layout.jte")).contains("@template.tag.account(");
  }

  @Test
  void theHoleTemplatesEmitTheMarkupThePersonaliserCuts() {
    Templates templates = new Templates("Quire");
    assertThat(templates.render("hole/csrf.jte", Map.of())).isEqualTo(Hole.CSRF_EMPTY);
    assertThat(templates.render("hole/csrf.jte", Map.of("token", "a\"b")))
        .isEqualTo(Hole.CSRF_START + "a&#34;b" + Hole.CSRF_END);

    PaperCard card =
        PaperCard.of(
            new FeaturedPaper(null, Fixtures.paper("hep-th/9901001", "Strings of Old", 5), null));
    String anonymous = templates.render("tag/card.jte", Map.of("card", card));
    assertThat(anonymous)
        .contains(Hole.CSRF_EMPTY)
        .contains(Hole.VOTE_START + "hep-th/9901001" + Hole.VOTE_STATE + "false\"");
    byte[] filled =
        PersonalizableBody.of(anonymous, "<nav>none here</nav>")
            .fill(new byte[0], "TOKEN".getBytes(StandardCharsets.UTF_8), Set.of("hep-th/9901001"));
    assertThat(new String(filled, StandardCharsets.UTF_8))
        .contains(Hole.CSRF_START + "TOKEN" + Hole.CSRF_END)
        .contains(Hole.VOTE_START + "hep-th/9901001" + Hole.VOTE_STATE + "true\"")
        .doesNotContain(Hole.CSRF_EMPTY)
        .doesNotContain(Hole.VOTE_STATE + "false");
  }
}
