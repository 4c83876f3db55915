package dev.quire.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an import's rejects as a TSV file (file, location, reason) under the data dir. */
final class RejectsFile {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private final Path dir;

  RejectsFile(Path dir) {
    this.dir = dir;
  }

  /** Writes the rejects and returns the file, or returns null when there are none. */
  Path write(List<Reject> rejects) {
    if (rejects.isEmpty()) {
      return null;
    }
    Path file = dir.resolve("ingest-" + LocalDateTime.now().format(STAMP) + ".tsv");
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(file)) {
        w.write("file\tlocation\treason\n");
        for (Reject r : rejects) {
          w.write(clean(r.file()) + "\t" + clean(r.location()) + "\t" + clean(r.reason()) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejects file " + file, e);
    }
    return file;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
