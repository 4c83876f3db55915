package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.quire.paper.Paper;
import dev.quire.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every list a reader can see has a feed: Atom that a parser other than ours (Rome) reads, the same
 * entries as JSON Feed 1.1 at the .json twin, a 304 to a repeated conditional GET, and hostile
 * titles that break neither.
 */
class EveryFeedTest {
  static final String HOSTILE =
      "<script>alert('x')</script> & ]]> \u0001\u0007\u001b $\\frac{a}{b}$ \\textbf{\"bold\"} \uD83D\uDE42"
          + " end";
  static final String HOSTILE_CLEAN =
      "<script>alert('x')</script> & ]]>  $\\frac{a}{b}$ \\textbf{\"bold\"} \uD83D\uDE42 end";

  /** The configured base URL: every link in a feed is built from it. */
  static final String BASE = "http://quire.example";

  @TempDir Path dir;

  @Test
  void everyFeedParsesAsAtomAndJsonFeedWithTheSameEntriesAndAnswers304WhenUnchanged()
      throws Exception {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false", "base.url", BASE))) {
      Paper hostile = Fixtures.paper("2608.10066", HOSTILE, 50);
      Fixtures.feature(site.quire.paperStore(), hostile, SiteFixture.FRI, SiteFixture.GOOGLE);
      site.quire.search().syncNow(line -> {});
      Visitor ada = site.member("ada");
      String collection = Members.collection(ada, "Hostile reading", "public");
      ada.get("/collections/" + collection);
      ada.submit("/collections/" + collection + "/papers", "paper", "2608.10066");

      List<String> feeds =
          List.of(
              "/feed/daily",
              "/feed/trending",
              "/feed/organizations/google",
              "/feed/authors/Ada%20Lovelace",
              "/feed/categories/cs.LG",
              "/feed/search|?q=frac",
              "/collections/" + collection + "/feed");
      Visitor reader = site.visitor();
      for (String f : feeds) {
        String path = f.contains("|") ? f.substring(0, f.indexOf('|')) : f;
        String query = f.contains("|") ? f.substring(f.indexOf('|') + 1) : "";
        String atomUrl = path + ".atom" + query;
        String jsonUrl = path + ".json" + query;

        Visitor.Page atom = reader.get(atomUrl);
        assertThat(atom.status()).as(atomUrl + ": " + atom.body()).isEqualTo(200);
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        SyndFeed parsed =
            new SyndFeedInput()
                .build(
                    new XmlReader(
                        new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8))));
        List<String> atomLinks = new ArrayList<>();
        for (SyndEntry e : parsed.getEntries()) {
          atomLinks.add(e.getLink());
        }
        assertThat(atomLinks).as(atomUrl).contains(BASE + "/papers/2608.10066");
        SyndEntry mine =
            parsed.getEntries().stream()
                .filter(e -> e.getLink().endsWith("2608.10066"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.getTitle()).as(atomUrl).isEqualTo(HOSTILE_CLEAN);

        Visitor.Page json = reader.get(jsonUrl);
        assertThat(json.status()).as(jsonUrl + ": " + json.body()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/feed+json");
        JsonNode doc = ApiClient.JSON.readTree(json.body());
        assertThat(doc.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(doc.get("title").asText()).isEqualTo(parsed.getTitle());
        assertThat(doc.get("feed_url").asText()).isEqualTo(BASE + jsonUrl);
        List<String> jsonLinks = new ArrayList<>();
        for (JsonNode item : doc.get("items")) {
          assertThat(item.get("id").isTextual()).isTrue(); // the one required member
          jsonLinks.add(item.get("url").asText());
          if (item.get("url").asText().endsWith("2608.10066")) {
            assertThat(item.get("title").asText()).as(jsonUrl).isEqualTo(HOSTILE_CLEAN);
          }
        }
        assertThat(jsonLinks).as(jsonUrl).isEqualTo(atomLinks);

        for (Visitor.Page first : List.of(atom, json)) {
          String url = first == atom ? atomUrl : jsonUrl;
          String etag = first.header("ETag");
          assertThat(etag).as(url).matches("\"[0-9a-f]{32}\"");
          Visitor.Page again = reader.get(url, "If-None-Match", etag);
          assertThat(again.status()).as(url).isEqualTo(304);
          assertThat(again.body()).isEmpty();
          Visitor.Page since = reader.get(url, "If-Modified-Since", first.header("Last-Modified"));
          assertThat(since.status()).as(url).isEqualTo(304);
          assertThat(reader.get(url, "If-None-Match", "\"stale\"").status()).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void thePrivateForYouAndInboxFeedsComeAsAtomAndJsonFeedAndAnswer304() throws Exception {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false", "base.url", BASE))) {
      Visitor ada = site.member("ada");
      ada.get("/follows");
      Visitor.Page made = ada.submit("/follows/feeds");
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  java.util.regex.Pattern.quote(BASE) + "(/feeds/[^/<]+/)for-you\\.atom")
              .matcher(made.body());
      assertThat(m.find()).as("a private feed URL on %s", made.body()).isTrue();
      for (String name : List.of("for-you", "inbox")) {
        String atomUrl = m.group(1) + name + ".atom";
        String jsonUrl = m.group(1) + name + ".json";
        Visitor.Page atom = site.visitor().get(atomUrl);
        assertThat(atom.status()).as(atomUrl).isEqualTo(200);
        SyndFeed parsed =
            new SyndFeedInput()
                .build(
                    new XmlReader(
                        new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8))));
        Visitor.Page json = site.visitor().get(jsonUrl);
        assertThat(json.status()).as(jsonUrl).isEqualTo(200);
        JsonNode doc = ApiClient.JSON.readTree(json.body());
        assertThat(doc.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(doc.get("title").asText()).isEqualTo(parsed.getTitle());
        assertThat(json.header("Cache-Control")).contains("private");
        for (Visitor.Page first : List.of(atom, json)) {
          String url = first == atom ? atomUrl : jsonUrl;
          assertThat(site.visitor().get(url, "If-None-Match", first.header("ETag")).status())
              .as(url)
              .isEqualTo(304);
        }
      }
    }
  }

  @Test
  void aFeedChangesItsEtagWhenItsListChanges() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor ada = site.member("ada");
      String collection = Members.collection(ada, "Changing", "public");
      String feed = "/collections/" + collection + "/feed.json";
      String before = site.visitor().get(feed).header("ETag");
      ada.get("/collections/" + collection);
      ada.submit("/collections/" + collection + "/papers", "paper", "2608.10001");
      Visitor.Page after = site.visitor().get(feed, "If-None-Match", before);
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.body()).contains("Lanterns of Attention");
      assertThat(after.header("ETag")).isNotEqualTo(before);
    }
  }

  @Test
  void eachListPageLinksItsAtomAndJsonFeedInItsHead() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor reader = site.visitor();
      assertThat(head(reader.get("/trending").body()))
          .contains(
              "type=\"application/atom+xml\" title=\"Trending papers (Atom)\" href=\"/feed/trending.atom\"")
          .contains(
              "type=\"application/feed+json\" title=\"Trending papers (JSON Feed)\" href=\"/feed/trending.json\"");
      assertThat(head(reader.get("/organizations/google").body()))
          .contains("href=\"/feed/organizations/google.atom\"")
          .contains("href=\"/feed/organizations/google.json\"");
      assertThat(head(reader.get("/search?q=lanterns").body()))
          .contains("href=\"/feed/search.json?q=lanterns\"");
      assertThat(head(reader.get("/papers?date=2026-08-21").body()))
          .contains("href=\"/feed/daily.json\"");
      assertThat(head(reader.get("/authors/Ada%20Lovelace").body()))
          .contains("href=\"/feed/authors/Ada%20Lovelace.atom\"")
          .contains("href=\"/feed/authors/Ada%20Lovelace.json\"");
      assertThat(head(reader.get("/categories/cs.LG").body()))
          .contains("href=\"/feed/categories/cs.LG.json\"");
      assertThat(reader.get("/feed/organizations/nobody.atom").status()).isEqualTo(404);
      assertThat(reader.get("/feed/organizations/google.rss").status()).isEqualTo(404);
    }
  }

  private static String head(String html) {
    return html.substring(0, html.indexOf("</head>"));
  }
}
