package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensAndRateLimitsTest {
  @TempDir Path dir;

  @Test
  void aTokenMadeOnTheSettingsPageVotesAndCommentsThroughTheApiUntilRevoked() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      ada.get("/settings");
      Visitor.Page created = ada.submit("/settings/tokens", "name", "laptop <b>", "scope", "write");
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.body()).contains("laptop &lt;b&gt;");
      Matcher m = Pattern.compile("new-token\">(quire_[A-Za-z0-9_-]+)<").matcher(created.body());
      assertThat(m.find()).isTrue();
      String token = m.group(1);

      Visitor script = site.visitor();
      Visitor.Page vote =
          script.send(
              bearer(site, "/api/papers/2608.10002/upvote", token)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(vote.status()).isEqualTo(200);
      assertThat(vote.body()).contains("\"upvotes\":4");
      Visitor.Page comment =
          script.send(
              bearer(site, "/api/papers/2608.10002/comments", token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"from a script\"}")));
      assertThat(comment.status()).isEqualTo(201);
      assertThat(comment.body()).contains("\"name\":\"ada\"");

      assertThat(ada.get("/settings").body()).contains("laptop &lt;b&gt;").contains("last used");
      Matcher id =
          Pattern.compile("/settings/tokens/([0-9a-f]+)/revoke")
              .matcher(ada.get("/settings").body());
      assertThat(id.find()).isTrue();
      Visitor eve = site.member("eve");
      eve.get("/settings");
      assertThat(eve.submit("/settings/tokens/" + id.group(1) + "/revoke").status()).isEqualTo(404);
      assertThat(ada.submit("/settings/tokens/" + id.group(1) + "/revoke").status()).isEqualTo(303);

      Visitor.Page revoked =
          script.send(
              bearer(site, "/api/papers/2608.10002/upvote", token)
                  .method("DELETE", HttpRequest.BodyPublishers.noBody()));
      assertThat(revoked.status()).isEqualTo(401);
      assertThat(revoked.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  @Test
  void aBearerTokenNeedsNoCsrfTokenButASessionCookieDoes() {
    try (Site site = Site.start(dir)) {
      Visitor bo = site.member("bo");
      assertThat(bo.post("/api/papers/2608.10002/upvote", Map.of()).status()).isEqualTo(403);
    }
  }

  @Test
  void theApiAnswers429WithRateLimitHeadersPastTheLimitPerClient() {
    try (Site site = Site.start(dir, Map.of("api.rate", "3"))) {
      Visitor v = site.visitor();
      Visitor.Page first = v.get("/api/daily_papers");
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("RateLimit-Policy")).isEqualTo("\"api\";q=3;w=60");
      assertThat(first.header("RateLimit")).startsWith("\"api\";r=2;t=");
      v.get("/api/daily_papers");
      v.get("/api/papers");
      Visitor.Page limited = v.get("/api/daily_papers");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("RateLimit")).startsWith("\"api\";r=0;t=");
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
      assertThat(limited.body()).contains("rate limit");
      assertThat(v.get("/").status()).as("pages are not limited").isEqualTo(200);

      Visitor.Page withToken = v.send(bearer(site, "/api/daily_papers", "quire_unknown").GET());
      assertThat(withToken.status()).as("a token has its own budget").isEqualTo(401);
    }
  }

  private static HttpRequest.Builder bearer(Site site, String path, String token) {
    return HttpRequest.newBuilder(URI.create(site.base + path))
        .header("Authorization", "Bearer " + token);
  }
}
