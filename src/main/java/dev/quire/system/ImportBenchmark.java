package dev.quire.system;

import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
      Path dir = tempDir();
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
        delete(dir);
      }
    }
    List<Double> sorted = rates.stream().sorted().toList();
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(sorted.size() / 2)
            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    out.printf(
        Locale.ROOT,
        "median of %d runs: %,.0f papers/s into SQLite (heap max %d MB)%n",
        runs,
        median,
        Runtime.getRuntime().maxMemory() >> 20);
    return median;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("quire-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp dir left behind is harmless
    }
  }
}
