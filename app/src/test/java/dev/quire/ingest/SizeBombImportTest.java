package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.TestDb;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size bombs (security review, item 8): a gzip holding one line or one entry far past the limits
 * rejects that record by its place in the file, and the records after it are imported.
 */
class SizeBombImportTest {
  @TempDir Path dir;

  @Test
  void aKaggleLineLongerThanTheLimitIsRejectedAndTheNextLinesImported() throws IOException {
    Path file = dir.resolve("bomb.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(line("2601.00001", "Before").getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"2601.00002\", \"title\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40; i++) { // 2.5 MB in one line
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(line("2601.00003", "After").getBytes(StandardCharsets.UTF_8));
    }
    try (Quire q = TestDb.SQLITE.open(dir.resolve("data"))) {
      ImportSummary s = q.importer(ProgressListener.NONE).importPaths(List.of(file), null);
      assertThat(s.imported()).isEqualTo(2);
      assertThat(s.rejects())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.location()).isEqualTo("line 2");
                assertThat(r.reason()).contains("longer than the limit of 1048576 bytes");
              });
      assertThat(q.papers().find("2601.00003")).isPresent();
      assertThat(q.papers().find("2601.00002")).isEmpty();
    }
  }

  @Test
  void aDailyEntryWithAHugeArrayIsRejectedAndTheNextEntriesImported() throws IOException {
    Path file = dir.resolve("2026-01-06.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(("[" + entry("2601.00010", "Before") + ",").getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"paper\": {\"id\": \"2601.00011\", \"title\": \"Bomb\", \"junk\": [0"
              .getBytes(StandardCharsets.UTF_8));
      byte[] block = ",0".repeat(1 << 15).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 8; i++) { // 262,144 items, past the 100,000-token limit
        out.write(block);
      }
      out.write("]}},".getBytes(StandardCharsets.UTF_8));
      out.write((entry("2601.00012", "After") + "]").getBytes(StandardCharsets.UTF_8));
    }
    try (Quire q = TestDb.SQLITE.open(dir.resolve("data"))) {
      ImportSummary s = q.importer(ProgressListener.NONE).importPaths(List.of(file), null);
      assertThat(s.rejects())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.location()).startsWith("index 1");
                assertThat(r.reason()).contains("larger than the limit");
              });
      assertThat(q.papers().find("2601.00010")).isPresent();
      assertThat(q.papers().find("2601.00012")).isPresent();
      assertThat(q.papers().find("2601.00011")).isEmpty();
    }
  }

  private static String line(String id, String title) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"abstract\": \"A.\", \"authors\": \"Jane Doe\", \"categories\": \"cs.LG\","
        + " \"versions\": [{\"version\": \"v1\", \"created\": \"Mon, 5 Jan 2026 10:00:00 GMT\"}],"
        + " \"update_date\": \"2026-01-05\"}\n";
  }

  private static String entry(String id, String title) {
    return "{\"paper\": {\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"summary\": \"S\", \"upvotes\": 1, \"publishedAt\": \"2026-01-05T00:00:00.000Z\","
        + " \"submittedOnDailyAt\": \"2026-01-06T00:00:00.000Z\"}}";
  }
}
