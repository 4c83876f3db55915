package dev.quire.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The result of one import run.
 *
 * @param files files read
 * @param imported records whose paper was new
 * @param updated records that changed a stored paper or its daily entry
 * @param unchanged records that changed nothing
 * @param rejects skipped records with where and why
 * @param rejectsFile the TSV file listing the rejects, or null when there were none
 * @param elapsed wall time of the run
 */
public record ImportSummary(
    int files,
    long imported,
    long updated,
    long unchanged,
    List<Reject> rejects,
    Path rejectsFile,
    Duration elapsed) {

  public ImportSummary {
    rejects = List.copyOf(rejects);
  }

  /** Records read, rejects included. */
  public long records() {
    return imported + updated + unchanged + rejects.size();
  }

  /** True when the run wrote nothing. */
  public boolean nothingChanged() {
    return imported == 0 && updated == 0;
  }

  /** Records per second, rejects included. */
  public double recordsPerSecond() {
    double s = Math.max(elapsed.toNanos(), 1) / 1e9;
    return records() / s;
  }

  /** The human summary printed at the end of {@code quire ingest}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Import finished: %,d imported, %,d updated, %,d unchanged, %,d rejected (%d file%s, %.1f s, %,.0f records/s)",
            imported,
            updated,
            unchanged,
            rejects.size(),
            files,
            files == 1 ? "" : "s",
            elapsed.toMillis() / 1000.0,
            recordsPerSecond()));
    if (nothingChanged()) {
      sb.append(System.lineSeparator())
          .append("Nothing changed: everything in the input was already stored.");
    }
    if (!rejects.isEmpty()) {
      sb.append(System.lineSeparator()).append("Rejected records:");
      rejects.stream()
          .limit(10)
          .forEach(r -> sb.append(System.lineSeparator()).append("  ").append(r));
      if (rejects.size() > 10) {
        sb.append(System.lineSeparator())
            .append("  ... and ")
            .append(rejects.size() - 10)
            .append(" more");
      }
      if (rejectsFile != null) {
        sb.append(System.lineSeparator()).append("All rejects are listed in ").append(rejectsFile);
      }
    }
    return sb.toString();
  }
}
