package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CollectionsTest {
  private static final String PAPER = "2608.10001";
  @TempDir Path dir;

  /** Creates a collection from the form on /collections; returns its path. */
  static String create(Visitor v, String name, String description, String visibility) {
    v.get("/collections");
    Visitor.Page created =
        v.submit(
            "/collections", "name", name, "description", description, "visibility", visibility);
    assertThat(created.status()).isEqualTo(303);
    assertThat(created.location()).matches("/collections/[0-9a-f]{32}");
    return created.location();
  }

  @Test
  void aMemberCreatesACollectionAddsAndRemovesPapersAndDeletesIt() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = create(ada, "Reading list", "Attention papers", "public");
      ada.get(path);
      assertThat(ada.submit(path + "/papers", "paper", "arXiv:" + PAPER + "v2").status())
          .isEqualTo(303);
      assertThat(ada.submit(path + "/papers", "paper", "hep-th/9901001").status()).isEqualTo(303);
      assertThat(ada.submit(path + "/papers", "paper", PAPER).status()).isEqualTo(303);

      String page = site.visitor().get(path).body();
      assertThat(page)
          .contains("Reading list")
          .contains("Attention papers")
          .contains("Collection by ada")
          .contains("Lanterns of Attention")
          .contains("Strings of Old")
          .contains("2 papers")
          .doesNotContain("Remove from collection");
      assertThat(ada.get(path).body()).contains("Remove from collection");
      assertThat(ada.get("/collections").body()).contains("Reading list");

      assertThat(ada.submit(path + "/papers/hep-th/9901001/remove").status()).isEqualTo(303);
      assertThat(site.visitor().get(path).body())
          .doesNotContain("Strings of Old")
          .contains("Lanterns of Attention");

      ada.get(path);
      assertThat(ada.submit(path, "name", "Renamed list", "visibility", "private").status())
          .isEqualTo(303);
      assertThat(ada.get(path).body()).contains("Renamed list").contains("Private");
      assertThat(site.visitor().get(path).status()).isEqualTo(404);

      assertThat(ada.submit(path + "/delete").status()).isEqualTo(303);
      assertThat(ada.get(path).status()).isEqualTo(404);
      assertThat(ada.get("/collections").body()).doesNotContain("Renamed list");
    }
  }

  @Test
  void badNamesPapersAndVisibilitiesAreRefusedWith4xxNamingTheValue() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      ada.get("/collections");
      Visitor.Page empty = ada.submit("/collections", "name", "   ");
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.body()).contains("1 to 80 characters");
      assertThat(ada.submit("/collections", "name", "x".repeat(81)).status()).isEqualTo(400);
      Visitor.Page vis = ada.submit("/collections", "name", "ok", "visibility", "secret");
      assertThat(vis.status()).isEqualTo(400);
      assertThat(vis.body()).contains("secret");

      String path = create(ada, "List", "", "public");
      ada.get(path);
      Visitor.Page notAnId = ada.submit(path + "/papers", "paper", "not-an-id");
      assertThat(notAnId.status()).isEqualTo(400);
      assertThat(notAnId.body()).contains("not-an-id");
      assertThat(ada.submit(path + "/papers", "paper", "2601.99999").status()).isEqualTo(404);
      assertThat(site.visitor().get("/collections/nosuchid").status()).isEqualTo(404);
      assertThat(site.visitor().get("/collections/nosuchid.json").body()).contains("\"error\"");
    }
  }

  @Test
  void aPrivateCollectionIsNotFoundForOthersAndAnonymousReadersInEveryFormat() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = create(ada, "Secret plans", "", "private");
      ada.get(path);
      ada.submit(path + "/papers", "paper", PAPER);
      Visitor bob = site.member("bob");
      for (Visitor reader : new Visitor[] {bob, site.visitor()}) {
        for (String suffix : new String[] {"", "/feed.atom", ".bib", ".json"}) {
          Visitor.Page p = reader.get(path + suffix);
          assertThat(p.status()).as(path + suffix).isEqualTo(404);
          assertThat(p.body()).doesNotContain("Secret plans").doesNotContain("Lanterns");
        }
      }
      for (String suffix : new String[] {"", "/feed.atom", ".bib", ".json"}) {
        assertThat(ada.get(path + suffix).status()).as(path + suffix).isEqualTo(200);
      }
      assertThat(ada.get(path).header("Cache-Control")).contains("no-store");
      assertThat(bob.get("/collections").body()).doesNotContain("Secret plans");
    }
  }

  @Test
  void anotherUserCannotEditDeleteOrAddToSomeoneElsesCollection() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String open = create(ada, "Open list", "", "public");
      String closed = create(ada, "Closed list", "", "private");
      Visitor bob = site.member("bob");
      bob.get("/collections");
      assertThat(bob.submit(open, "name", "mine now").status()).isEqualTo(403);
      assertThat(bob.submit(open + "/delete").status()).isEqualTo(403);
      assertThat(bob.submit(open + "/papers", "paper", PAPER).status()).isEqualTo(403);
      assertThat(bob.submit("/papers/" + PAPER + "/collections", "collection", idOf(open)).status())
          .isEqualTo(403);
      assertThat(bob.submit(closed, "name", "mine now").status()).isEqualTo(404);
      assertThat(bob.submit(closed + "/delete").status()).isEqualTo(404);
      assertThat(bob.submit(closed + "/papers", "paper", PAPER).status()).isEqualTo(404);
      assertThat(site.visitor().get(open).body()).contains("Open list").doesNotContain(PAPER);
      assertThat(ada.get(closed).body()).contains("Closed list");
      // anonymous visitors are sent to sign in, not let through
      Visitor anon = site.visitor();
      anon.get(open);
      assertThat(anon.submit(open + "/delete").status()).isIn(302, 303, 401, 403);
      assertThat(site.visitor().get(open).status()).isEqualTo(200);
    }
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedWith403() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = create(ada, "List", "", "public");
      assertThat(ada.post("/collections", Map.of("name", "no token")).status()).isEqualTo(403);
      assertThat(ada.post(path + "/papers", Map.of("paper", PAPER)).status()).isEqualTo(403);
      assertThat(ada.post(path + "/delete", Map.of()).status()).isEqualTo(403);
      assertThat(ada.get(path).status()).isEqualTo(200);
      assertThat(ada.get("/collections").body()).doesNotContain("no token");
    }
  }

  @Test
  void scriptsInANameOrDescriptionAreInertOnThePageAndEscapedInTheFeed() {
    try (Site site = Site.start(dir)) {
      Visitor eve = site.member("eve");
      String xss = "<script>alert(1)</script><img src=x onerror=alert(2)>";
      String path = create(eve, xss, "\"><svg onload=alert(3)>", "public");
      eve.get(path);
      eve.submit(path + "/papers", "paper", PAPER);
      String page = EscapingTest.withoutOwnScript(site.visitor().get(path).body());
      assertThat(page)
          .doesNotContain("<script>alert")
          .doesNotContain("<img src=x")
          .doesNotContain("<svg onload")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(EscapingTest.withoutOwnScript(eve.get("/collections").body()))
          .doesNotContain("<script>alert");
      assertThat(EscapingTest.withoutOwnScript(eve.get("/papers/" + PAPER).body()))
          .doesNotContain("<script>alert");
      String feed = site.visitor().get(path + "/feed.atom").body();
      assertThat(feed).doesNotContain("<script>").contains("&lt;script&gt;alert(1)");
      Element root = AtomFeedTest.parse(feed).getDocumentElement();
      assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains(xss);
    }
  }

  @Test
  void theAtomFeedParsesWithOneEntryPerPaperNewestAddedFirst() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = create(ada, "Feed me", "", "public");
      ada.get(path);
      ada.submit(path + "/papers", "paper", PAPER);
      site.clock.advance(java.time.Duration.ofMinutes(5));
      ada.submit(path + "/papers", "paper", "2608.10002");
      Visitor.Page feed = site.visitor().get(path + "/feed.atom");
      assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
      assertThat(feed.body()).doesNotContain("<!DOCTYPE");
      Element root = AtomFeedTest.parse(feed.body()).getDocumentElement();
      assertThat(root.getLocalName()).isEqualTo("feed");
      NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      assertThat(entries.getLength()).isEqualTo(2);
      assertThat(entries.item(0).getTextContent()).contains("Quiet Gradients");
      assertThat(entries.item(1).getTextContent()).contains("Lanterns of Attention");
    }
  }

  @Test
  void bibtexAndJsonExportsDescribeTheFixturePaper() throws Exception {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String path = create(ada, "Cite {me} 100% \\now", "For the thesis", "public");
      ada.get(path);
      ada.submit(path + "/papers", "paper", PAPER);

      Visitor.Page bib = site.visitor().get(path + ".bib");
      assertThat(bib.status()).isEqualTo(200);
      assertThat(bib.header("Content-Type")).isEqualTo("application/x-bibtex; charset=utf-8");
      assertThat(bib.body())
          .isEqualTo(
              """
              @misc{2608.10001,
                title = {Lanterns of Attention},
                author = {Ada Lovelace and Alan Turing and Grace Hopper},
                year = {2026},
                eprint = {2608.10001},
                archivePrefix = {arXiv},
                primaryClass = {cs.LG},
                url = {https://arxiv.org/abs/2608.10001},
              }
              """);

      Visitor.Page json = site.visitor().get(path + ".json");
      assertThat(json.status()).isEqualTo(200);
      assertThat(json.header("Content-Type")).startsWith("application/json");
      JsonNode n = new ObjectMapper().readTree(json.body());
      assertThat(n.get("name").asText()).isEqualTo("Cite {me} 100% \\now");
      assertThat(n.get("description").asText()).isEqualTo("For the thesis");
      assertThat(n.get("owner").asText()).isEqualTo("ada");
      assertThat(n.get("public").asBoolean()).isTrue();
      JsonNode p = n.get("papers").get(0);
      assertThat(p.get("id").asText()).isEqualTo(PAPER);
      assertThat(p.get("title").asText()).isEqualTo("Lanterns of Attention");
      assertThat(p.get("authors").get(1).asText()).isEqualTo("Alan Turing");
      assertThat(p.get("publishedAt").asText()).isEqualTo("2026-08-18T12:00:00Z");
      assertThat(p.get("url").asText()).isEqualTo("https://arxiv.org/abs/2608.10001");
    }
  }

  @Test
  void thePaperPageOffersTheMembersCollectionsAndAddsThePaperToTheChosenOne() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      assertThat(ada.get("/papers/" + PAPER).body()).contains("Create a collection");
      String path = create(ada, "From the paper page", "", "private");
      String page = ada.get("/papers/" + PAPER).body();
      assertThat(page).contains("Add to collection").contains("From the paper page");
      assertThat(site.visitor().get("/papers/" + PAPER).body()).doesNotContain("Add to collection");
      Visitor.Page added =
          ada.submit("/papers/" + PAPER + "/collections", "collection", idOf(path));
      assertThat(added.status()).isEqualTo(303);
      assertThat(added.location()).isEqualTo(path);
      assertThat(ada.get(path).body()).contains("Lanterns of Attention");
    }
  }

  private static String idOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
