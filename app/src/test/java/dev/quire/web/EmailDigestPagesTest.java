package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.digest.Subscription.Status;
import dev.quire.testing.Fixtures;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmailDigestPagesTest {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String SITE = "https://papers.example.org";
  static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  static final Pattern CONFIRM_LINK =
      Pattern.compile(Pattern.quote(SITE) + "(/subscribe/confirm\\?token=[A-Za-z0-9_.-]+)");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-21T20:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  Quire open() {
    Config c =
        Config.load(
            Map.of(
                "data", dir.toString(),
                "sample", "false",
                "port", "0",
                "base.url", SITE,
                "digest.at", "off",
                "mail.smtp.host", "127.0.0.1",
                "mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()),
                "mail.smtp.security", "none"),
            Map.of());
    return Quire.open(c, CLOCK);
  }

  HttpResponse<String> get(int port, String pathAndQuery, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** The path and query of the newest confirmation link mailed to {@code to}. */
  static String verifyLink(String to) {
    Pattern link = Pattern.compile(Pattern.quote(SITE) + "(/verify\\?token=[A-Za-z0-9_-]+)");
    String found = null;
    for (var m : greenMail.getReceivedMessages()) {
      try {
        if (m.getAllRecipients()[0].toString().equals(to)) {
          Matcher matcher = link.matcher(m.getContent().toString());
          if (matcher.find()) {
            found = matcher.group(1);
          }
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    if (found == null) {
      throw new AssertionError("no confirmation link mailed to " + to);
    }
    return found;
  }

  HttpResponse<String> post(int port, String pathAndQuery, String cookie, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b);
  }

  HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Loads the subscribe form and submits it; returns the answer. */
  HttpResponse<String> subscribe(int port, Map<String, String> fields) {
    HttpResponse<String> page = get(port, "/subscribe");
    Matcher m = CSRF_FIELD.matcher(page.body());
    assertThat(m.find()).isTrue();
    String csrf = m.group(1);
    Map<String, String> all = new java.util.HashMap<>(fields);
    all.put("csrf", csrf);
    return post(port, "/subscribe", "quire_csrf=" + csrf, form(all));
  }

  /** The link with one character of its signature changed. */
  static String tampered(String link) {
    int i = link.length() - 10;
    return link.substring(0, i) + (link.charAt(i) == 'x' ? 'y' : 'x') + link.substring(i + 1);
  }

  static String text(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void subscribingMailsAConfirmationLinkWhosePostActivatesTheSubscription() {
    try (Quire q = open()) {
      io.javalin.testtools.JavalinTest.test(
          q.web(),
          (server, client) -> {
            int port = server.port();
            HttpResponse<String> done =
                subscribe(
                    port,
                    Map.of(
                        "email", "Ada@Example.org",
                        "frequency", "weekly",
                        "top", "5",
                        "topics", "cat:cs.LG\r\n\"graph neural networks\""));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("Check your inbox");
            Subscription pending =
                q.digests().subscriptionRepository().findByEmail("ada@example.org").orElseThrow();
            assertThat(pending.status()).isEqualTo(Status.PENDING);

            MimeMessage[] mails = greenMail.getReceivedMessages();
            assertThat(mails).hasSize(1);
            assertThat(mails[0].getSubject()).isEqualTo("Confirm your subscription to Quire");
            Matcher link = CONFIRM_LINK.matcher(text(mails[0]));
            assertThat(link.find()).as(text(mails[0])).isTrue();

            HttpResponse<String> confirmPage = get(port, link.group(1));
            assertThat(confirmPage.statusCode()).isEqualTo(200);
            assertThat(confirmPage.body())
                .contains("Confirm subscription")
                .contains("Ada@Example.org");
            assertThat(
                    q.digests().subscriptionRepository().find(pending.id()).orElseThrow().status())
                .as("a GET (a mail scanner following the link) confirms nothing")
                .isEqualTo(Status.PENDING);

            String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
            HttpResponse<String> confirmed =
                post(port, "/subscribe/confirm", null, form(Map.of("token", token)));
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(confirmed.body()).contains("You are subscribed");
            Subscription active =
                q.digests().subscriptionRepository().find(pending.id()).orElseThrow();
            assertThat(active.status()).isEqualTo(Status.ACTIVE);
            assertThat(active.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(active.topN()).isEqualTo(5);
            assertThat(active.topics())
                .extracting(Subscription.Topic::query)
                .containsExactlyInAnyOrder("cat:cs.LG", "\"graph neural networks\"");

            HttpResponse<String> tampered =
                post(port, "/subscribe/confirm", null, form(Map.of("token", token + "x")));
            assertThat(tampered.statusCode()).isEqualTo(400);
          });
    }
  }

  @Test
  void theAnswerDoesNotRevealWhetherAnAddressIsSubscribedAndConfirmationsAreRateLimited() {
    try (Quire q = open()) {
      q.digests()
          .subscriptionRepository()
          .insertActive(List.of("known@example.org"), Frequency.DAILY, 10, CLOCK.instant());
      io.javalin.testtools.JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> known =
                subscribe(server.port(), Map.of("email", "known@example.org"));
            HttpResponse<String> fresh =
                subscribe(server.port(), Map.of("email", "fresh@example.org"));
            assertThat(known.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(200);
            assertThat(known.body().replace("known@", "X@"))
                .isEqualTo(fresh.body().replace("fresh@", "X@"));

            subscribe(server.port(), Map.of("email", "fresh@example.org"));
            subscribe(server.port(), Map.of("email", "fresh@example.org"));
            List<String> subjects =
                java.util.Arrays.stream(greenMail.getReceivedMessages())
                    .map(
                        m -> {
                          try {
                            return m.getAllRecipients()[0] + ": " + m.getSubject();
                          } catch (jakarta.mail.MessagingException e) {
                            throw new AssertionError(e);
                          }
                        })
                    .toList();
            assertThat(subjects)
                .containsExactlyInAnyOrder(
                    "known@example.org: You are already subscribed to Quire",
                    "fresh@example.org: Confirm your subscription to Quire");
          });
    }
  }

  @Test
  void theFormRefusesBadInputWithTheReasonAndPostsWithoutItsCookie() {
    try (Quire q = open()) {
      io.javalin.testtools.JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> bad =
                subscribe(server.port(), Map.of("email", "not-an-address<b>"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body())
                .contains("'not-an-address&lt;b&gt;' is not an email address")
                .doesNotContain("<b>");

            HttpResponse<String> badTopic =
                subscribe(server.port(), Map.of("email", "a@example.org", "topics", "cat:!!"));
            assertThat(badTopic.statusCode()).isEqualTo(400);
            assertThat(badTopic.body()).contains("is not an arXiv category filter");

            HttpResponse<String> forged =
                post(
                    server.port(),
                    "/subscribe",
                    null,
                    form(Map.of("csrf", "A".repeat(43), "email", "a@example.org")));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(greenMail.getReceivedMessages()).isEmpty();
            assertThat(q.digests().subscriptionRepository().findByEmail("a@example.org")).isEmpty();
          });
    }
  }

  @Test
  void theOneClickPostOfListUnsubscribeUnsubscribesWithoutSignInOrCookies() throws Exception {
    LocalDate fri = LocalDate.parse("2026-08-21");
    try (Quire q = open()) {
      Fixtures.feature(
          q.paperStore(), Fixtures.paper("2608.10001", "Lanterns of Attention", 30), fri, null);
      q.digests()
          .subscriptionRepository()
          .insertActive(List.of("ada@example.org"), Frequency.DAILY, 10, CLOCK.instant());
      q.digests().run(fri);
      MimeMessage digest = greenMail.getReceivedMessages()[0];
      String header = digest.getHeader("List-Unsubscribe")[0];
      String path = header.substring(1, header.length() - 1).replace(SITE, "");

      io.javalin.testtools.JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> tampered =
                post(server.port(), tampered(path), null, "List-Unsubscribe=One-Click");
            assertThat(tampered.statusCode()).isEqualTo(400);
            assertThat(
                    q.digests()
                        .subscriptionRepository()
                        .findByEmail("ada@example.org")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.ACTIVE);

            HttpResponse<String> page = get(server.port(), path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("ada@example.org").contains(">Unsubscribe</button>");

            HttpResponse<String> oneClick =
                post(server.port(), path, null, "List-Unsubscribe=One-Click");
            assertThat(oneClick.statusCode()).isEqualTo(200);
            assertThat(oneClick.body()).contains("You are unsubscribed");
            assertThat(
                    q.digests()
                        .subscriptionRepository()
                        .findByEmail("ada@example.org")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.UNSUBSCRIBED);
          });

      Fixtures.feature(
          q.paperStore(),
          Fixtures.paper("2608.10002", "Quiet Gradients", 3),
          fri.plusDays(3),
          null);
      q.digests().run(fri.plusDays(3));
      assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
  }

  @Test
  void theMailAdminPageIsForAdminsAndShowsRunsWithTheirCounts() {
    LocalDate fri = LocalDate.parse("2026-08-21");
    try (Quire q = open()) {
      Fixtures.feature(
          q.paperStore(), Fixtures.paper("2608.10001", "Lanterns of Attention", 30), fri, null);
      q.digests()
          .subscriptionRepository()
          .insertActive(
              List.of("a@example.org", "b@example.org"), Frequency.DAILY, 10, CLOCK.instant());
      q.digests().run(fri);
      var member = q.accounts().signUp("member@example.org", "member", "long enough secret");
      var root = q.accounts().signUp("root@example.org", "root", "long enough secret");
      q.accounts().setAdmin("root@example.org", true);
      String memberToken = q.apiTokens().create(member, "cli");
      String adminTokenSecret =
          q.apiTokens()
              .create(q.accounts().users().findByEmail("root@example.org").orElseThrow(), "cli");
      io.javalin.testtools.JavalinTest.test(
          q.web(),
          (server, client) -> {
            HttpResponse<String> anonymous = get(server.port(), "/admin/mail");
            assertThat(anonymous.statusCode()).isEqualTo(303);
            assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/signin"));

            HttpResponse<String> notAdmin =
                get(server.port(), "/admin/mail", "Authorization", "Bearer " + memberToken);
            assertThat(notAdmin.statusCode()).isEqualTo(401);
            HttpResponse<String> adminToken =
                get(server.port(), "/admin/mail", "Authorization", "Bearer " + adminTokenSecret);
            assertThat(adminToken.statusCode())
                .as("API tokens never open pages, an admin's neither")
                .isEqualTo(401);

            q.accounts().awaitMail();
            String link = verifyLink("root@example.org");
            String session = q.accounts().verify(link.substring(link.indexOf('=') + 1)).token();
            HttpResponse<String> page =
                get(server.port(), "/admin/mail", "Cookie", "quire_session=" + session);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                .contains("daily:2026-08-21")
                .contains("<td>2</td>")
                .contains("SMTP 127.0.0.1:")
                .contains("Mail is sent through SMTP")
                .contains(SITE + " (base.url)");
          });
      assertThat(root.name()).isEqualTo("root");
    }
  }
}
