package dev.quire.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one harvest run.
 *
 * @param set the set label ('all' for everything)
 * @param metadataPrefix the metadata format
 * @param resumed whether the run continued an unfinished one
 * @param pages pages fetched and stored in this run
 * @param imported records whose paper was new
 * @param updated records that changed a stored paper
 * @param unchanged records that changed nothing
 * @param withdrawn stored papers newly marked withdrawn (deleted at arXiv)
 * @param deletedUnknown deleted records of papers Quire never had
 * @param rejected records that could not be read, counted
 * @param rejects the first rejects with the reason
 * @param nothingNew whether the repository said there was nothing new (noRecordsMatch)
 * @param elapsed wall time of the run
 */
public record HarvestResult(
    String set,
    String metadataPrefix,
    boolean resumed,
    int pages,
    long imported,
    long updated,
    long unchanged,
    long withdrawn,
    long deletedUnknown,
    long rejected,
    List<String> rejects,
    boolean nothingNew,
    Duration elapsed) {

  public HarvestResult {
    rejects = List.copyOf(rejects);
  }

  /** Records read in this run, rejects included. */
  public long records() {
    return imported + updated + unchanged + withdrawn + deletedUnknown + rejected;
  }

  /** Records per second of wall time. */
  public double recordsPerSecond() {
    return records() / (Math.max(elapsed.toNanos(), 1) / 1e9);
  }

  /** The summary printed by {@code quire harvest}. */
  public String describe() {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    if (nothingNew) {
      sb.append(
          String.format(Locale.ROOT, "Harvest of set %s (%s): nothing new.", set, metadataPrefix));
    } else {
      sb.append(
          String.format(
              Locale.ROOT,
              "Harvest of set %s (%s)%s finished: %,d pages, %,d new, %,d updated, %,d unchanged, %,d withdrawn,"
                  + " %,d rejected (%.1f s)",
              set,
              metadataPrefix,
              resumed ? ", resumed," : "",
              pages,
              imported,
              updated,
              unchanged,
              withdrawn,
              rejected,
              elapsed.toMillis() / 1000.0));
    }
    if (deletedUnknown > 0) {
      sb.append(nl)
          .append(
              String.format(
                  Locale.ROOT, "%,d deleted records were of papers never stored.", deletedUnknown));
    }
    if (!rejects.isEmpty()) {
      sb.append(nl).append("Rejected records:");
      rejects.stream().limit(10).forEach(r -> sb.append(nl).append("  ").append(r));
      if (rejected > 10) {
        sb.append(nl).append("  ... and ").append(rejected - 10).append(" more");
      }
    }
    return sb.toString();
  }
}
