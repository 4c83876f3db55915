package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  @Test
  void theBarShowsPercentRateAndEta() {
    ConsoleProgress p = new ConsoleProgress(new PrintStream(new ByteArrayOutputStream()), true);
    p.started(1, 1000);
    long start = System.nanoTime();
    String line = p.line(5000, 250, start + 1_000_000_000L);
    assertThat(line)
        .contains("25%")
        .contains("5,000 papers")
        .contains("papers/s")
        .contains("ETA 0:0");
  }

  @Test
  void withoutATerminalProgressIsPrintedAsPlainLinesWithoutCarriageReturns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes), false);
    p.started(2, 2_000_000);
    p.finished(10);
    assertThat(bytes.toString()).isEqualTo("Importing 2 files (2.0 MB)\n").doesNotContain("\r");
  }

  @Test
  void longDurationsAreFormattedWithHours() {
    assertThat(ConsoleProgress.formatSeconds(3725)).isEqualTo("1:02:05");
    assertThat(ConsoleProgress.formatSeconds(65)).isEqualTo("1:05");
  }
}
