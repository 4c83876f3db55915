package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.ApiTokens;
import dev.quire.account.TokenScope;
import dev.quire.account.User;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API tokens (security review, item 4): scopes, pages, resets, a cap, one limit per user. */
class ApiTokenScopesTest {
  @TempDir Path dir;

  @Test
  void aTokenReachesOnlyTheApiAndCannotMakeMoreTokens() {
    try (Site site = Site.start(dir)) {
      Visitor ada = site.member("ada");
      String token = token(ada, "write");
      Visitor script = site.visitor();
      assertThat(script.send(bearer(site, "/settings", token).GET()).status()).isEqualTo(401);
      Visitor.Page mint =
          script.send(
              bearer(site, "/settings/tokens", token)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("name=more&scope=write")));
      assertThat(mint.status()).isEqualTo(401);
      assertThat(site.quire.apiTokens().list(user(site, "ada"))).hasSize(1);
      assertThat(script.send(bearer(site, "/api/papers/2608.10001", token).GET()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aReadTokenReadsButCannotVoteAndAnAdminsTokenIsNotAnAdminToken() {
    try (Site site = Site.start(dir)) {
      Visitor root = site.member("root");
      site.quire.accounts().setAdmin("root@example.org", true);
      String read = token(root, "read");
      String write = token(root, "write");
      Visitor script = site.visitor();
      assertThat(script.send(bearer(site, "/api/daily_papers", read).GET()).status())
          .isEqualTo(200);
      Visitor.Page vote =
          script.send(
              bearer(site, "/api/papers/2608.10002/upvote", read)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(vote.status()).isEqualTo(403);
      assertThat(vote.body()).contains("read scope");
      assertThat(script.send(bearer(site, "/admin/mail", write).GET()).status()).isEqualTo(401);
      Visitor.Page link =
          script.send(
              bearer(site, "/api/papers/2608.10002/links", write)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"organization\": \"google\"}")));
      assertThat(link.status()).as("admin API routes need the admin scope").isEqualTo(403);
      String admin = token(root, "admin");
      assertThat(admin).startsWith("quire_");
      Visitor member = site.member("bob");
      member.get("/settings");
      assertThat(member.submit("/settings/tokens", "name", "x", "scope", "admin").status())
          .isEqualTo(400);
    }
  }

  @Test
  void aPasswordResetRevokesTheAccountsTokensByDefault() {
    try (Site site = Site.start(dir)) {
      Visitor cy = site.member("cy");
      String token = token(cy, "write");
      Visitor v = site.visitor();
      v.get("/forgot");
      v.submit("/forgot", "email", "cy@example.org");
      String link = site.link("/reset", "cy@example.org");
      v.get(link);
      assertThat(v.get(link).body()).contains("value=\"revoke\" checked");
      v.submit(
          "/reset",
          "token",
          link.substring(link.indexOf('=') + 1),
          "password",
          "a new secret!",
          "tokens",
          "revoke");
      Visitor.Page old = site.visitor().send(bearer(site, "/api/papers/2608.10001", token).GET());
      assertThat(old.status()).isEqualTo(401);
    }
  }

  @Test
  void aUserHoldsAtMostTenTokensAndTheyShareOneRateLimit() {
    try (Site site = Site.start(dir, Map.of("api.rate", "4"))) {
      site.member("dee");
      User dee = user(site, "dee");
      ApiTokens tokens = site.quire.apiTokens();
      String[] secrets = new String[ApiTokens.MAX_PER_USER];
      for (int i = 0; i < ApiTokens.MAX_PER_USER; i++) {
        secrets[i] = tokens.create(dee, "t" + i, TokenScope.READ);
      }
      Visitor refused = site.member("dee2");
      assertThat(tokens.list(dee)).hasSize(ApiTokens.MAX_PER_USER);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(dee, "one more"))
          .hasMessageContaining("revoke one");
      Visitor script = site.visitor();
      int ok = 0;
      for (int i = 0; i < 8; i++) {
        int status = script.send(bearer(site, "/api/papers/2608.10001", secrets[i]).GET()).status();
        if (status == 200) {
          ok++;
        } else {
          assertThat(status).isEqualTo(429);
        }
      }
      assertThat(ok).as("8 tokens, one budget of 4").isEqualTo(4);
      assertThat(refused).isNotNull();
    }
  }

  private static User user(Site site, String name) {
    return site.quire.accounts().users().findByEmail(name + "@example.org").orElseThrow();
  }

  private static String token(Visitor v, String scope) {
    v.get("/settings");
    Matcher m =
        Pattern.compile("new-token\">(quire_[A-Za-z0-9_-]+)<")
            .matcher(v.submit("/settings/tokens", "name", scope, "scope", scope).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static HttpRequest.Builder bearer(Site site, String path, String token) {
    return HttpRequest.newBuilder(URI.create(site.base + path))
        .header("Authorization", "Bearer " + token);
  }
}
