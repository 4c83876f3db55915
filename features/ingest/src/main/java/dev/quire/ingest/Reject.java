package dev.quire.ingest;

/**
 * A record that was skipped.
 *
 * @param file the file it came from
 * @param location where in the file: "line 12" or "index 3" (with the array number when a file
 *     holds several)
 * @param reason what is wrong with it
 */
public record Reject(String file, String location, String reason) {
  @Override
  public String toString() {
    return file + ", " + location + ": " + reason;
  }
}
