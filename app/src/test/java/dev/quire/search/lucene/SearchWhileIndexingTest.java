package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.search.SearchCorpus;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right after {@code quire serve} starts on a database without an index, search must not answer "no
 * results": the API says 503 with Retry-After, the page says how far the index is.
 */
class SearchWhileIndexingTest {
  @TempDir Path dir;

  @Test
  void aSearchBeforeThePapersAreIndexedSaysTheIndexIsBuildingNeverAnEmptyList() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      SearchCorpus.store(quire.paperStore());
      // opened as on start, before the background rebuild has indexed anything
      LuceneSearch search = quire.openSearch(new HashingEmbedder());
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            var api = client.get("/api/papers/search?q=diffusion");
            assertThat(api.code()).isEqualTo(503);
            assertThat(api.headers().get("Retry-After")).containsExactly("5");
            assertThat(api.body().string()).contains("index building: 0 of 5 papers");
            String page = client.get("/search?q=diffusion").body().string();
            assertThat(page).contains("index building: 0 of 5 papers");

            search.syncNow(line -> {});
            var ready = client.get("/api/papers/search?q=diffusion");
            assertThat(ready.code()).isEqualTo(200);
            assertThat(ready.headers().get("X-Quire-Index")).isNull();
            assertThat(ready.body().string()).contains("2502.00002");
            assertThat(client.get("/search?q=diffusion").body().string())
                .doesNotContain("index building");
          });
    }
  }

  @Test
  void answersFromAPartlyBuiltIndexCarryTheNoticeInAHeader() {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      var papers = SearchCorpus.papers();
      quire.paperStore().writeBatch(List.of(SearchCorpus.GOOGLE), papers.subList(0, 3), List.of());
      LuceneSearch search = quire.openSearch(new HashingEmbedder());
      search.syncNow(line -> {});
      // two more papers arrive while the index is (again) being built
      search.setState("rebuilding");
      quire.paperStore().writeBatch(List.of(), papers.subList(3, 5), List.of());
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            var api = client.get("/api/papers/search?q=diffusion");
            assertThat(api.code()).isEqualTo(200);
            assertThat(api.headers().get("X-Quire-Index"))
                .containsExactly("index building: 3 of 5 papers");
          });
    }
  }
}
