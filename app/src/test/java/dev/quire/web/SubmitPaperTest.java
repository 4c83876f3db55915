package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quire.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Submit a paper" for signed-in users: the form and {@code POST /api/papers/index}. */
class SubmitPaperTest {
  /** Four days after the papers of the legacy Atom fixture were published. */
  static final Instant NOW = Instant.parse("2025-10-20T12:00:00Z");

  @TempDir Path dir;
  HttpServer arxiv;
  final AtomicInteger arxivCalls = new AtomicInteger();

  @BeforeEach
  void fakeArxiv() throws IOException {
    byte[] legacy =
        Files.readAllBytes(
            SharedData.require(
                "arxiv/atom-api/api_query_cs.RO-neural_legacy-format_2025-10_james-akl.xml"));
    arxiv = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    arxiv.createContext(
        "/",
        ex -> {
          arxivCalls.incrementAndGet();
          ex.sendResponseHeaders(200, legacy.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(legacy);
          }
        });
    arxiv.start();
  }

  @AfterEach
  void stopArxiv() {
    arxiv.stop(0);
  }

  Site site() {
    Site site =
        Site.start(
            dir,
            Map.of(
                "arxiv.api.url",
                "http://127.0.0.1:" + arxiv.getAddress().getPort() + "/api/query"));
    site.clock.advance(Duration.between(Site.START, NOW));
    return site;
  }

  @Test
  void anonymousReadersAreInvitedToSignInAndCannotPost() {
    try (Site site = site()) {
      Visitor anon = site.visitor();
      assertThat(anon.get("/submit").body())
          .contains("Sign in to submit a paper")
          .doesNotContain("name=\"arxivId\"");
      Visitor.Page form = anon.submit("/submit", "arxivId", "2510.14968");
      assertThat(form.status()).isIn(302, 303, 401, 403);
      assertThat(site.quire.papers().find("2510.14968")).isEmpty();
    }
  }

  @Test
  void aMemberSubmitsByFormAndThePaperIsFeaturedTodayWithTheirName() {
    try (Site site = site()) {
      Visitor ada = site.member("ada");
      assertThat(ada.get("/submit").body()).contains("submitted by <strong>ada</strong>");

      Visitor.Page done = ada.submit("/submit", "arxivId", "https://arxiv.org/abs/2510.14968v1");

      assertThat(done.status()).isEqualTo(201);
      assertThat(done.body()).contains("is featured on 2025-10-20").contains("/papers/2510.14968");
      assertThat(arxivCalls).hasValue(1);
      assertThat(ada.get("/papers/2510.14968").body()).contains("ada");
      Visitor.Page again = ada.submit("/submit", "arxivId", "2510.14968");
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.body()).contains("already featured");
    }
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    try (Site site = site()) {
      Visitor ada = site.member("ada");
      Visitor.Page forged = ada.post("/submit", Map.of("arxivId", "2510.14968"));
      assertThat(forged.status()).isEqualTo(403);
      assertThat(site.quire.papers().find("2510.14968")).isEmpty();
    }
  }

  @Test
  void theApiFeaturesAPaperForAnApiTokenAndAnswersRefusalsInJson() {
    try (Site site = site()) {
      Visitor ada = site.member("ada");
      ada.get("/settings");
      Matcher m =
          Pattern.compile("new-token\">(quire_[A-Za-z0-9_-]+)<")
              .matcher(ada.submit("/settings/tokens", "name", "cli", "scope", "write").body());
      assertThat(m.find()).isTrue();
      Visitor client = site.visitor();

      Visitor.Page created = client.send(index(site, m.group(1), "{\"arxivId\": \"2510.14827\"}"));
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.body())
          .contains("\"id\":\"2510.14827\"")
          .contains("\"submittedBy\":\"ada\"")
          .contains("\"featuredOn\":\"2025-10-20\"");

      assertThat(client.send(index(site, m.group(1), "{\"arxivId\": \"2510.14827\"}")).status())
          .isEqualTo(409);
      Visitor.Page bad = client.send(index(site, m.group(1), "[1, 2]"));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body()).contains("\"error\"").contains("arxivId");
      Visitor.Page noToken = client.send(index(site, null, "{\"arxivId\": \"2510.14968\"}"));
      assertThat(noToken.status()).isEqualTo(401);
      assertThat(noToken.body()).contains("\"error\"");
    }
  }

  @Test
  void whatWasTypedIsShownBackEscaped() {
    try (Site site = site()) {
      Visitor ada = site.member("ada");
      ada.get("/submit");
      Visitor.Page page = ada.submit("/submit", "arxivId", "<script>alert(1)</script>");
      assertThat(page.status()).isEqualTo(400);
      assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }
  }

  static HttpRequest.Builder index(Site site, String token, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(site.base + "/api/papers/index"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }
}
