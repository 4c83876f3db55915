package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP server end to end with a client that is not our server's library: the official TypeScript
 * SDK ({@code src/test/mcp-client}, installed by {@code scripts/test-services.sh}) lists the tools
 * and calls every one, including a bad argument and an unauthorised collection write. Skipped
 * without node, except under CI=true, where it fails.
 */
class McpClientTest {
  static final Path CLIENT = Path.of("app/src/test/mcp-client");

  /** The configured base URL: every URL in a tool result is built from it. */
  static final String BASE = "http://quire.example";

  @TempDir Path dir;

  @Test
  void theTypeScriptSdkListsTheToolsAndCallsEveryOne() throws Exception {
    requireNodeClient();
    try (Site site = Site.start(dir, Map.of("search.semantic", "false", "base.url", BASE))) {
      site.quire.search().syncNow(line -> {});
      Visitor ada = site.member("ada");
      String token = Members.apiToken(ada);
      String readToken = Members.apiToken(ada, "read");
      ada.get("/papers/2608.10003");
      ada.submit("/papers/2608.10003/vote"); // a first interest for For you
      String collection = Members.collection(ada, "Reading", "private");

      JsonNode report =
          run(
              site.base + "/mcp",
              token,
              readToken,
              "2608.10001",
              SiteFixture.FRI.toString(),
              collection);

      List<String> tools = texts(report.get("tools"));
      assertThat(tools)
          .contains(
              "search_papers",
              "get_paper",
              "get_paper_markdown",
              "list_papers",
              "trending_papers",
              "similar_papers",
              "list_my_collections",
              "add_paper_to_collection",
              "remove_paper_from_collection",
              "for_you");
      assertThat(texts(report.get("called"))).containsExactlyElementsOf(tools);
      JsonNode seen = report.get("seen");
      assertThat(seen.get("get_paper").asText()).isEqualTo("Lanterns of Attention");
      assertThat(seen.get("get_paper_markdown").asText()).isEqualTo("# Lanterns of Attention");
      assertThat(texts(seen.get("list_papers")))
          .containsExactly("2608.10001", "2608.10003", "2608.10002");
      assertThat(texts(seen.get("search_papers"))).contains("2608.10001");
      JsonNode mine = seen.get("list_my_collections").get(0);
      assertThat(mine.get("url").asText()).isEqualTo(BASE + "/collections/" + collection);
      assertThat(texts(mine.get("papers"))).containsExactly("2608.10001");

      assertThat(seen.get("badLimit").get("code").asInt()).isEqualTo(-32602);
      assertThat(seen.get("badLimit").get("message").asText())
          .contains("limit must be an integer from 1 to 50; got '5000'");
      assertThat(seen.get("badId").get("message").asText()).contains("id is not an arXiv id");
      assertThat(seen.get("unauthorisedWrite").get("code").asInt()).isEqualTo(-32001);
      assertThat(seen.get("unauthorisedWrite").get("message").asText())
          .contains("Authorization: Bearer");
      assertThat(seen.get("readTokenWrite").get("code").asInt()).isEqualTo(-32001);
      assertThat(seen.get("readTokenWrite").get("message").asText())
          .contains("needs a token with the write scope");
      assertThat(seen.get("readTokenList").asInt()).isEqualTo(1);
      assertThat(texts(seen.get("for_you")))
          .as("For you of a reader who upvoted a paper of that day")
          .isNotEmpty()
          .allMatch(id -> id.startsWith("2608.1000"));
    }
  }

  private JsonNode run(
      String url, String token, String readToken, String paper, String date, String collection)
      throws IOException, InterruptedException {
    Path log = dir.resolve("node.log");
    ProcessBuilder pb =
        new ProcessBuilder("node", "e2e.mjs")
            .directory(CLIENT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("MCP_URL", url);
    pb.environment().put("MCP_BASE", BASE);
    pb.environment().put("MCP_TOKEN", token);
    pb.environment().put("MCP_READ_TOKEN", readToken);
    pb.environment().put("MCP_PAPER", paper);
    pb.environment().put("MCP_DATE", date);
    pb.environment().put("MCP_COLLECTION", collection);
    Process p = pb.start();
    // a bound on a hung client, not a speed check
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("node e2e.mjs finished; output:%n%s", out).isTrue();
    assertThat(p.exitValue()).as("exit status of node e2e.mjs; output:%n%s", out).isZero();
    String[] lines = out.strip().split("\n");
    return new ObjectMapper().readTree(lines[lines.length - 1]);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isObject() ? n.get("id").asText() : n.asText()));
    return out;
  }

  static void requireNodeClient() {
    boolean node = onPath("node");
    boolean installed = Files.isDirectory(CLIENT.resolve("node_modules/@modelcontextprotocol/sdk"));
    if ((!node || !installed) && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but "
              + (node ? "the MCP test client is not installed" : "node is missing")
              + "; run scripts/test-services.sh (npm ci in src/test/mcp-client)");
    }
    if (!node || !installed) {
      System.err.println("SKIPPING MCP end-to-end test: node or src/test/mcp-client/node_modules");
    }
    Assumptions.assumeTrue(node && installed, "node and the MCP test client are needed");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }
}
