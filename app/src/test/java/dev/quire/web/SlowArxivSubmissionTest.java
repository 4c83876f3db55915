package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quire.testing.SharedData;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission while arXiv does not answer (security review, item 6): the request answers within
 * its wait with a visible "fetching from arXiv" state, and the paper is featured once arXiv
 * answers.
 */
class SlowArxivSubmissionTest {
  @TempDir Path dir;

  @Test
  void aSubmissionWhileArxivHangsAnswersFetchingAndFeaturesThePaperLater() throws Exception {
    byte[] feed =
        Files.readAllBytes(
            SharedData.require(
                "arxiv/atom-api/api_query_cs.RO-neural_legacy-format_2025-10_james-akl.xml"));
    CountDownLatch arxivAnswers = new CountDownLatch(1);
    HttpServer arxiv = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    arxiv.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    arxiv.createContext(
        "/",
        ex -> {
          try {
            arxivAnswers.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(200, feed.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(feed);
          }
        });
    arxiv.start();
    try (Site site =
        Site.start(
            dir,
            Map.of(
                "arxiv.api.url",
                "http://127.0.0.1:" + arxiv.getAddress().getPort() + "/api/query"))) {
      site.clock.advance(Duration.between(Site.START, SubmitPaperTest.NOW));
      Visitor ada = site.member("ada");
      String token = Members.apiToken(ada);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> answer =
          http.send(
              SubmitPaperTest.index(site, token, "{\"arxivId\": \"2510.14827\"}")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(202);
      assertThat(answer.body()).contains("fetching from arXiv");
      assertThat(ada.get("/submit").body()).contains("2510.14827").contains("fetching from arXiv");

      arxivAnswers.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (site.quire.papers().entriesOf(java.util.List.of("2510.14827")).isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(site.quire.papers().entriesOf(java.util.List.of("2510.14827"))).isNotEmpty();
      assertThat(ada.get("/submit").body()).doesNotContain("fetching from arXiv");
    } finally {
      arxivAnswers.countDown();
      arxiv.stop(0);
    }
  }
}
