package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.quire.harvest.HarvestSettings;
import dev.quire.system.Config;
import dev.quire.system.Quire;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubmitPaperTest {
  static final String TOKEN = "s3cret-admin-token";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-20T12:00:00Z"), ZoneOffset.UTC);
  static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  @TempDir Path dir;
  HttpServer arxiv;
  final AtomicInteger arxivCalls = new AtomicInteger();
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

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

  Quire open(TestDb db, String adminToken) {
    Config c = db.config(dir);
    HarvestSettings h =
        c.harvest()
            .withAtomApiUrl(
                URI.create("http://127.0.0.1:" + arxiv.getAddress().getPort() + "/api/query"));
    return Quire.open(c.withHarvest(h).withAdminToken(adminToken), CLOCK);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  HttpResponse<String> postJson(int port, String body, String authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/papers/index"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  JsonNode parse(HttpResponse<String> r) {
    try {
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(r.body(), e);
    }
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  HttpResponse<String> postForm(int port, String cookie, Map<String, String> fields) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/submit"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b);
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theApiFeaturesAPaperForTheHolderOfTheAdminToken(TestDb db) {
    try (Quire q = open(db, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> r =
                postJson(
                    server.port(),
                    "{\"arxivId\": \"2510.14968\", \"submitter\": \"ada\"}",
                    "Bearer " + TOKEN);

            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode body = parse(r);
            assertThat(body.get("id").asText()).isEqualTo("2510.14968");
            assertThat(body.get("featuredOn").asText()).isEqualTo("2025-10-20");
            assertThat(body.get("submittedBy").asText()).isEqualTo("ada");
            assertThat(body.get("fetchedFromArxiv").asBoolean()).isTrue();
            assertThat(q.papers().latestFeaturedDay()).contains(LocalDate.parse("2025-10-20"));

            HttpResponse<String> again =
                postJson(server.port(), "{\"arxivId\": \"2510.14968\"}", "Bearer " + TOKEN);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(parse(again).get("error").asText())
                .isEqualTo("paper 2510.14968 is already featured, on 2025-10-20");
          });
    }
  }

  @Test
  void theApiAsksForTheTokenAndRefusesAWrongOne() {
    try (Quire q = open(TestDb.SQLITE, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> none =
                postJson(server.port(), "{\"arxivId\": \"2510.14968\"}", null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(parse(none).get("error").asText())
                .isEqualTo("send the admin token as 'Authorization: Bearer <token>'");

            HttpResponse<String> wrong =
                postJson(server.port(), "{\"arxivId\": \"2510.14968\"}", "Bearer nope");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(parse(wrong).get("error").asText()).isEqualTo("wrong admin token");
            assertThat(arxivCalls.get()).isZero();
            assertThat(q.papers().countEntries()).isZero();
          });
    }
  }

  @Test
  void theApiNamesWhatIsWrongWithTheRequest() {
    try (Quire q = open(TestDb.SQLITE, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> notJson =
                postJson(server.port(), "arxivId=2510.14968", "Bearer " + TOKEN);
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(parse(notJson).get("error").asText())
                .isEqualTo("the body must be JSON like {\"arxivId\": \"2504.08385\"}");

            HttpResponse<String> badId =
                postJson(server.port(), "{\"arxivId\": \"banana\"}", "Bearer " + TOKEN);
            assertThat(badId.statusCode()).isEqualTo(400);
            assertThat(parse(badId).get("error").asText())
                .isEqualTo("not an arXiv id: 'banana' (expected e.g. 2504.08385)");

            HttpResponse<String> unknown =
                postJson(server.port(), "{\"arxivId\": \"2510.99999\"}", "Bearer " + TOKEN);
            assertThat(unknown.statusCode()).isEqualTo(404);
          });
    }
  }

  @Test
  void withoutAConfiguredTokenSubmissionsAreDisabledWithAClearMessage() {
    try (Quire q = open(TestDb.SQLITE, "")) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> r =
                postJson(server.port(), "{\"arxivId\": \"2510.14968\"}", "Bearer ");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(parse(r).get("error").asText())
                .isEqualTo(
                    "submissions are disabled: the administrator has not set"
                        + " an admin token (admin.token or QUIRE_ADMIN_TOKEN)");

            HttpResponse<String> page =
                send(
                    HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/submit")));
            assertThat(page.body())
                .contains("Submissions are disabled on this site")
                .contains("disabled");
          });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theFormFeaturesAPaperWhenItCarriesTheCsrfCookieAndTheToken(TestDb db) {
    try (Quire q = open(db, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> page =
                send(
                    HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/submit")));
            assertThat(page.statusCode()).isEqualTo(200);
            String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie)
                .startsWith("quire_csrf=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
            Matcher m = CSRF_FIELD.matcher(page.body());
            assertThat(m.find()).isTrue();
            String csrf = m.group(1);
            assertThat(setCookie).startsWith("quire_csrf=" + csrf + ";");

            HttpResponse<String> done =
                postForm(
                    server.port(),
                    "quire_csrf=" + csrf,
                    Map.of(
                        "csrf",
                        csrf,
                        "token",
                        TOKEN,
                        "arxivId",
                        "2510.14827",
                        "submitter",
                        "grace"));

            assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
            assertThat(done.body())
                .contains(
                    "Paper 2510.14827, “Neural Implicit Flow Fields for Spatio-Temporal Motion"
                        + " Mapping”, is featured on 2025-10-20.")
                .contains("href=\"/papers/2510.14827\"");
            assertThat(q.papers().entriesOf(List.of("2510.14827")).get("2510.14827"))
                .singleElement()
                .satisfies(e -> assertThat(e.submitter()).isEqualTo("grace"));
          });
    }
  }

  @Test
  void aFormPostWithoutTheMatchingCsrfCookieIsRefused() {
    try (Quire q = open(TestDb.SQLITE, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> forged =
                postForm(
                    server.port(),
                    null,
                    Map.of("csrf", "A".repeat(43), "token", TOKEN, "arxivId", "2510.14827"));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body()).contains("The form expired or did not come from this site");

            HttpResponse<String> mismatched =
                postForm(
                    server.port(),
                    "quire_csrf=" + "B".repeat(43),
                    Map.of("csrf", "A".repeat(43), "token", TOKEN, "arxivId", "2510.14827"));
            assertThat(mismatched.statusCode()).isEqualTo(403);
            assertThat(q.papers().countEntries()).isZero();
            assertThat(arxivCalls.get()).isZero();
          });
    }
  }

  @Test
  void theFormRefusesAWrongTokenAndEscapesWhatWasTyped() {
    try (Quire q = open(TestDb.SQLITE, TOKEN)) {
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            String csrf = "C".repeat(43);
            HttpResponse<String> wrong =
                postForm(
                    server.port(),
                    "quire_csrf=" + csrf,
                    Map.of("csrf", csrf, "token", "guess", "arxivId", "<script>alert(1)</script>"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body())
                .contains("Wrong admin token.")
                .doesNotContain("<script>")
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"");

            HttpResponse<String> badId =
                postForm(
                    server.port(),
                    "quire_csrf=" + csrf,
                    Map.of("csrf", csrf, "token", TOKEN, "arxivId", "<b>x</b>"));
            assertThat(badId.statusCode()).isEqualTo(400);
            assertThat(badId.body())
                .contains("Not an arXiv id: '&lt;b&gt;x&lt;/b&gt;' (expected e.g. 2504.08385).")
                .doesNotContain("<b>x</b>");
          });
    }
  }
}
