package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.search.EmbeddedSite;
import dev.quire.testing.Fixtures;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Math that renders, pictures that never break, and maps of papers, as a reader gets them. */
class VisualPagesTest {
  /** A TeX formula left raw in visible text: a dollar, no space, something, no space, a dollar. */
  static final Pattern RAW_TEX = Pattern.compile("\\$[^$\\s][^$]*[^$\\s]?\\$");

  /** The fixture's deliberately broken formulas, which are shown as written. */
  static final List<String> BROKEN_SOURCES = List.of("$\\frac{1}{2$", "$\\frac{a}{b$");

  @TempDir Path dir;

  @Test
  void texInTitlesAndAbstractsIsMathMlOnEveryPageThatShowsThem() {
    run(
        (client) -> {
          for (String page :
              List.of(
                  "/",
                  "/papers?week=2026-W34",
                  "/papers?month=2026-08",
                  "/papers/" + VisualFixture.TEX_PAPER,
                  "/organizations/kondo-lab")) {
            String html = client.get(page).body().string();
            String visible = visibleText(html);
            assertThat(html).as(page).contains("<math>");
            assertThat(visible).as(page).contains("Ce").doesNotContain("Ce$_3$");
            String checked = visible;
            for (String broken : BROKEN_SOURCES) {
              checked = checked.replace(broken, "");
            }
            assertThat(RAW_TEX.matcher(checked).results().map(r -> r.group()).toList())
                .as(page)
                .isEmpty();
          }
          String paper = client.get("/papers/" + VisualFixture.TEX_PAPER).body().string();
          assertThat(paper)
              .contains("<msub><mrow><mi>Mn</mi></mrow>")
              .contains("<mi>J</mi><mo>=</mo><mn>5</mn><mo>/</mo><mn>2</mn>")
              .contains("<title>Heavy-fermion Kondo insulator Ce₃Bi₄Pd₃ under pressure ·");
        });
  }

  @Test
  void aBrokenFormulaShowsItsSourceAndTheRestOfThePage() {
    run(
        (client) -> {
          var res = client.get("/papers/" + VisualFixture.BROKEN_TEX_PAPER);
          assertThat(res.code()).isEqualTo(200);
          String html = res.body().string();
          assertThat(html)
              .contains("<span class=\"tex-source\">$\\frac{1}{2$</span>")
              .contains("<span class=\"tex-source\">$\\frac{a}{b$</span>")
              .contains("Discussion");
        });
  }

  @Test
  void noPageMakesTheBrowserFetchARemoteImageAndOrganisationsGetAnInitialBadge() {
    run(
        (client) -> {
          for (String page :
              List.of(
                  "/",
                  "/papers?month=2026-08",
                  "/papers/" + VisualFixture.TEX_PAPER,
                  "/organizations/kondo-lab",
                  "/map?month=2026-08")) {
            String html = client.get(page).body().string();
            assertThat(remoteImages(html)).as(page).isEmpty();
            assertThat(html).as(page).doesNotContain("cdn.example.org");
          }
          assertThat(client.get("/").body().string())
              .contains("avatar-badge")
              .containsPattern("avatar-hue-\\d\" aria-hidden=\"true\">K</span>\\s*Kondo Lab");
        });
  }

  @Test
  void theAtomFeedOfAPaperWithTexParsesAsXmlAndKeepsTheFormulaAsText() throws Exception {
    run(
        (client) -> {
          String xml = client.get("/feed/daily.atom").body().string();
          Document doc = parse(xml);
          String titles = doc.getElementsByTagName("feed").item(0).getTextContent();
          assertThat(titles).contains(VisualFixture.TEX_TITLE);
          assertThat(xml).doesNotContain("<math");
        });
  }

  @Test
  void theMarkdownExportKeepsReadableTexAndNoMarkup() {
    run(
        (client) -> {
          String md = client.get("/papers/" + VisualFixture.TEX_PAPER + ".md").body().string();
          assertThat(md).contains(VisualFixture.TEX_TITLE).contains("$J=5/2$");
          assertThat(md).doesNotContain("<math").doesNotContain("<mi>");
        });
  }

  @Test
  void theMapOfAMonthPlacesEveryEmbeddedPaperInLabelledClustersWithAListFallback() {
    run(
        (client) -> {
          String html = client.get("/map?month=2026-08").body().string();
          assertThat(count(html, "<circle class=\"map-dot")).isEqualTo(26);
          assertThat(html).contains("href=\"/papers/" + VisualFixture.TEX_PAPER + "\"");
          assertThat(html).contains("class=\"map-label\"").contains("Papers by cluster");
          assertThat(count(html, "<details id=\"cluster-")).isBetween(2, 10);
          assertThat(html).contains("26 papers in");
          // the topics' own words name the clusters
          assertThat(html).containsAnyOf("kagome", "halo", "qubit", "surface");
          assertThat(client.get("/papers?month=2026-08").body().string())
              .contains("href=\"/map?month=2026-08\"");
        });
  }

  @Test
  void aSearchHasAMapAndAChartOfMatchesPerMonth() {
    run(
        (client) -> {
          String results = client.get("/search?q=kagome").body().string();
          assertThat(results)
              .contains("src=\"/search/months.svg?q=kagome\"")
              .contains("href=\"/search/map?q=kagome\"");
          var chart = client.get("/search/months.svg?q=kagome");
          assertThat(chart.headers().get("Content-Type").get(0)).startsWith("image/svg+xml");
          Document svg = parse(chart.body().string());
          assertThat(svg.getElementsByTagName("rect").getLength()).isGreaterThan(0);
          String map = client.get("/search/map?q=kagome").body().string();
          assertThat(map).contains("Map of a search").contains("map-dot");
        });
  }

  @Test
  void onAHubFedOnlyByArxivTheMapShowsTheAnnouncedPapers() {
    List<Paper> announced = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      announced.add(
          Fixtures.paper(String.format("2608.4%04d", i), "Kagome spin liquid number " + i, 0));
    }
    try (Quire quire =
        EmbeddedSite.open(dir, repo -> repo.writeBatch(List.of(), announced, List.of()))) {
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            String html = client.get("/map?month=2026-08").body().string();
            assertThat(count(html, "<circle class=\"map-dot")).isEqualTo(12);
            assertThat(html).contains("href=\"/papers/2608.40001\"").contains("kagome");
          });
    }
  }

  @Test
  void aMapWithNoPapersSaysSo() {
    run(
        (client) -> {
          String html = client.get("/map?month=2020-01").body().string();
          assertThat(html).contains("Nothing to map").doesNotContain("<svg class=\"map-svg\"");
        });
  }

  private interface ClientTest {
    void run(io.javalin.testtools.HttpClient client) throws Exception;
  }

  private void run(ClientTest test) {
    try (Quire quire = EmbeddedSite.open(dir, VisualFixture::seed)) {
      JavalinTest.test(quire.web(), (server, client) -> test.run(client));
    }
  }

  /** The page's text outside tags, MathML annotations, SVG tooltips and the head. */
  static String visibleText(String html) {
    String body = html.substring(Math.max(0, html.indexOf("<body")));
    return body.replaceAll("(?s)<annotation.*?</annotation>", "")
        .replaceAll("(?s)<title>.*?</title>", "")
        .replaceAll("(?s)<[^>]*>", "")
        .replace("&#36;", "$");
  }

  static List<String> remoteImages(String html) {
    Matcher m =
        Pattern.compile("<(img|image|source)\\b[^>]*\\b(src|href|srcset)=\"(https?:)?//[^\"]*\"")
            .matcher(html);
    return m.results().map(r -> r.group()).toList();
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
