package dev.quire.foryou.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code quire bench foryou} at a small size: it reports the page and the ranking alone. */
class ForYouBenchmarkTest {
  @Test
  void theBenchReportsThePageAndTheRankingMedians() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ForYouBenchmark.run(300, 20, 3, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("300 papers over 7 days, a reader with 20 upvotes")
        .containsPattern("GET /for-you .*p50 [0-9.]+ ms")
        .containsPattern("ranking alone .*p50 [0-9.]+ ms");
  }
}
