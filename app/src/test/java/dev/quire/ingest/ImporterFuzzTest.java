package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Mutator;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feeds seeded mutants of the real input files to the importer: every mutant either imports or is
 * reported as rejects, never crashes it, and never hangs (the timeout only guards against hangs).
 */
class ImporterFuzzTest {
  static final int MUTANTS = 400;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "hf-daily-papers/2026-08-21.json, HF_DAILY, 20261121",
    "hf-daily-papers/2024-06-03.json, HF_DAILY, 20261122",
    "arxiv/arxiv-metadata-oai-snapshot.sample200.jsonl, KAGGLE, 20261123"
  })
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void mutatedInputIsImportedOrReportedButNeverCrashesTheImporter(
      String file, SourceFormat format, long seed) throws IOException {
    byte[] original = head(Files.readAllBytes(SharedData.require(file)), 40_000);
    Mutator mutator = new Mutator(seed);
    try (Quire q = TestDb.SQLITE.open(dir)) {
      Importer importer = q.importer(ProgressListener.NONE);
      for (int i = 0; i < MUTANTS; i++) {
        byte[] mutant = mutator.mutate(original);
        SourceFormat given = i % 2 == 0 ? format : null; // half forced, half detected
        try {
          ImportSummary s =
              importer.importStream(file, () -> new ByteArrayInputStream(mutant), given);
          assertThat(s.rejects()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        } catch (RuntimeException e) {
          throw new AssertionError(
              "mutant " + i + " of " + file + " (seed " + seed + ") crashed the importer", e);
        }
      }
      assertThat(q.papers().countPapers()).isPositive();
    }
  }

  private static byte[] head(byte[] bytes, int max) {
    return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
  }
}
