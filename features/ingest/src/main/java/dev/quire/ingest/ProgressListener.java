package dev.quire.ingest;

/** Receives import progress; the console implementation draws a bar or prints lines. */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * The run starts: {@code totalBytes} is the size on disk of all input files (compressed when they
   * are).
   */
  default void started(int files, long totalBytes) {}

  /** Records read so far, input bytes consumed so far, and the file being read. */
  default void progress(long records, long bytesRead, String currentFile) {}

  /** The run is over. */
  default void finished(long records) {}
}
