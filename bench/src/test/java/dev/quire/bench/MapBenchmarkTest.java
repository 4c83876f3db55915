package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MapBenchmarkTest {
  @Test
  void theMapBenchServesAMonthAndReportsFirstAndRememberedTimes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    double median = MapBenchmark.run(120, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("map of 2026-08: 120 papers")
        .contains("first request (computing)")
        .contains("remembered: median")
        .contains("over 3 requests");
    assertThat(median).isPositive();
  }
}
