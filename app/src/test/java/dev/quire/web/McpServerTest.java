package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP endpoint at the HTTP level: rate limits, sessions, methods. */
class McpServerTest {
  private static final String CALL =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
          + "\"list_my_collections\",\"arguments\":{}}}";

  @TempDir Path dir;

  @Test
  void mcpCallsCountAgainstTheSameRateLimitAsTheApi() {
    try (Site site = Site.start(dir, Map.of("api.rate", "2", "search.semantic", "false"))) {
      Visitor client = site.visitor();
      assertThat(post(client, site, CALL).header("RateLimit-Policy")).isEqualTo("\"api\";q=2;w=60");
      client.get("/api/papers/2608.10001");
      Visitor.Page limited = post(client, site, CALL);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotBlank();
    }
  }

  @Test
  void aSignedInBrowserSessionDoesNotActForTheReaderOverMcp() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor ada = site.member("ada");
      Visitor.Page answer = post(ada, site, CALL);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("-32001").contains("Authorization: Bearer");
    }
  }

  @Test
  void getAndDeleteOnTheStatelessEndpointAreNotAllowed() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor client = site.visitor();
      assertThat(client.get("/mcp", "Accept", "text/event-stream").status()).isEqualTo(405);
      Visitor.Page delete =
          client.send(
              HttpRequest.newBuilder(URI.create(site.base + "/mcp"))
                  .method("DELETE", HttpRequest.BodyPublishers.noBody()));
      assertThat(delete.status()).isEqualTo(405);
    }
  }

  private static Visitor.Page post(Visitor v, Site site, String json) {
    return v.send(
        HttpRequest.newBuilder(URI.create(site.base + "/mcp"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
