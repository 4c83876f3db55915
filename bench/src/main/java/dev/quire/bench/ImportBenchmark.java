package dev.quire.bench;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code quire bench import FILE}: imports a file into fresh SQLite databases several times; prints
 * the median rate.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  /** Runs the benchmark and returns the median papers per second. */
  public static double run(List<Path> input, int runs, PrintStream out) {
    List<Double> rates = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path dir = BenchSupport.tempDir("quire-bench-");
      try (Quire q =
          Quire.open(Config.load(Map.of("data", dir.toString(), "sample", "false"), Map.of()))) {
        ImportSummary s = q.importer(ProgressListener.NONE).importPaths(input, null);
        rates.add(s.recordsPerSecond());
        out.printf(
            Locale.ROOT,
            "run %d: %,d records in %.2f s = %,.0f papers/s (%,d rejected)%n",
            i,
            s.records(),
            s.elapsed().toMillis() / 1000.0,
            s.recordsPerSecond(),
            s.rejects().size());
      } finally {
        BenchSupport.delete(dir);
      }
    }
    double median = BenchSupport.median(rates);
    out.printf(
        Locale.ROOT,
        "median of %d runs: %,.0f papers/s into SQLite (heap max %d MB)%n",
        runs,
        median,
        Runtime.getRuntime().maxMemory() >> 20);
    return median;
  }
}
