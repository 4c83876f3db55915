package dev.quire.ingest;

import java.nio.file.Path;

/** Receives import progress; the console implementation draws a bar or prints lines. */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /** A file starts; {@code totalBytes} is its size on disk (compressed when it is). */
  default void fileStarted(Path file, long totalBytes) {}

  /** Records so far in this file and bytes of the file consumed. */
  default void progress(long records, long bytesRead) {}

  /** The file is done. */
  default void fileFinished(Path file, long records) {}
}
