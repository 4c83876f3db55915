package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.feed.AtomFeedWriter;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class AtomFeedTest {
  static final String ODD = "2608.10006";
  static final String ODD_TITLE = "Less <than> & \"more\": R&D on <b>tags</b>";

  @TempDir Path dir;

  /** Seeds the daily fixture plus a paper with markup characters in its title on the newest day. */
  private void withFeed(TestDb db, String oddAbstract, BiConsumer<Response, String> test) {
    try (Quire q = db.open(dir, DailyPapersApiTest.CLOCK)) {
      DailyPapersApiTest.seed(q.paperStore());
      Paper odd =
          Fixtures.paper(ODD, ODD_TITLE, 3).toBuilder()
              .abstractText(oddAbstract)
              .aiSummary(null)
              .build();
      DailyPapersApiTest.feature(q.paperStore(), odd, "2026-08-24", "dave", null);
      JavalinTest.test(
          q.web(),
          (server, client) -> test.accept(client.get("/feed/daily.atom"), client.getOrigin()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theDailyFeedIsAtomOfTheNewestFeaturedDayMostUpvotedFirst(TestDb db) {
    withFeed(
        db,
        "Plain abstract.",
        (r, origin) -> {
          assertThat(r.code()).isEqualTo(200);
          assertThat(ApiClient.header(r, "Content-Type"))
              .containsExactly("application/atom+xml; charset=utf-8");
          Element feed = parse(r.body().string()).getDocumentElement();
          assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM_NS);
          assertThat(feed.getLocalName()).isEqualTo("feed");
          assertThat(text(feed, "id")).isEqualTo(origin + "/feed/daily.atom");
          assertThat(text(feed, "title")).isEqualTo("Quire — Daily Papers");
          assertThat(Instant.parse(text(feed, "updated")))
              .isEqualTo(Instant.parse("2026-08-24T00:00:00Z"));
          assertThat(link(feed, "self")).isEqualTo(origin + "/feed/daily.atom");
          assertThat(link(feed, "alternate")).isEqualTo(origin + "/");
          assertThat(text(child(feed, "author"), "name")).isEqualTo("Quire");

          List<Element> entries = children(feed, "entry");
          assertThat(entries)
              .extracting(e -> text(e, "title"))
              .containsExactly("Epsilon", ODD_TITLE);
          Element epsilon = entries.get(0);
          String url = origin + "/papers/" + DailyPapersApiTest.EPSILON;
          assertThat(text(epsilon, "id")).isEqualTo(url);
          assertThat(link(epsilon, "alternate")).isEqualTo(url);
          assertThat(link(epsilon, "related"))
              .isEqualTo("https://arxiv.org/abs/" + DailyPapersApiTest.EPSILON);
          assertThat(Instant.parse(text(epsilon, "published")))
              .isEqualTo(Instant.parse("2026-08-24T00:00:00Z"));
          assertThat(Instant.parse(text(epsilon, "updated")))
              .isEqualTo(Instant.parse("2026-08-24T00:00:00Z"));
          assertThat(children(epsilon, "author"))
              .extracting(a -> text(a, "name"))
              .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
          assertThat(child(epsilon, "summary").getAttribute("type")).isEqualTo("text");
          assertThat(text(epsilon, "summary"))
              .isEqualTo(
                  "TL;DR: A one-line summary of Epsilon.\n\nAbstract of Epsilon. We study things carefully.");
          assertThat(children(epsilon, "category"))
              .extracting(c -> c.getAttribute("term"))
              .containsExactly("cs.LG", "cs.AI");
          assertThat(text(entries.get(1), "summary")).isEqualTo("Plain abstract.");
        });
  }

  @Test
  void markupCharactersInTitlesAreEscapedAndRoundTrip() {
    withFeed(
        TestDb.SQLITE,
        "a < b && c > d",
        (r, origin) -> {
          String xml = r.body().string();
          assertThat(xml)
              .contains("Less &lt;than&gt; &amp; \"more\": R&amp;D on &lt;b&gt;tags&lt;/b&gt;");
          Element odd = children(parse(xml).getDocumentElement(), "entry").get(1);
          assertThat(text(odd, "title")).isEqualTo(ODD_TITLE);
          assertThat(text(odd, "summary")).isEqualTo("a < b && c > d");
        });
  }

  @Test
  void charactersIllegalInXmlAreDroppedSoTheFeedStillParses() {
    // (lone surrogates cannot be stored at all; XmlTextTest covers them)
    withFeed(
        TestDb.SQLITE,
        "bell\u0007 form\u000Cfeed \u0001start rocket \uD83D\uDE80 end\uFFFE",
        (r, origin) -> {
          Element odd = children(parse(r.body().string()).getDocumentElement(), "entry").get(1);
          assertThat(text(odd, "summary")).isEqualTo("bell formfeed start rocket \uD83D\uDE80 end");
        });
  }

  @Test
  void anEmptySiteServesAValidFeedWithoutEntries() {
    try (Quire q = TestDb.SQLITE.open(dir, DailyPapersApiTest.CLOCK)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            Response r = client.get("/feed/daily.atom");
            assertThat(r.code()).isEqualTo(200);
            Element feed = parse(r.body().string()).getDocumentElement();
            assertThat(children(feed, "entry")).isEmpty();
            assertThat(Instant.parse(text(feed, "updated")))
                .isEqualTo(DailyPapersApiTest.CLOCK.instant());
            assertThat(text(feed, "id")).isNotBlank();
          });
    }
  }

  /** Parses with a namespace-aware parser that refuses DOCTYPEs and external entities. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && AtomFeedWriter.ATOM_NS.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    assertThat(found).as("exactly one atom:%s in %s", localName, parent.getLocalName()).hasSize(1);
    return found.get(0);
  }

  static String text(Element parent, String localName) {
    return child(parent, localName).getTextContent();
  }

  /** The href of the one link with this rel. */
  static String link(Element parent, String rel) {
    List<Element> links =
        children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).toList();
    assertThat(links).as("links rel=%s", rel).hasSize(1);
    return links.get(0).getAttribute("href");
  }
}
