package dev.quire.system;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns low-level storage failures (a full disk, a read-only database or file system) into a
 * message a person can act on, naming the data directory.
 */
public final class StorageErrors {
  private StorageErrors() {}

  /** A clear description of {@code e} when a storage failure is among its causes, else null. */
  public static String describe(Throwable e, Path dataDir) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("sqlite_full") || m.contains("disk is full") || m.contains("no space left")) {
        return "the disk holding the data directory "
            + dataDir
            + " is full; free some space and run the command again (everything committed before"
            + " the failure is kept, and imports and harvests resume where they stopped)";
      }
      if (m.contains("sqlite_readonly")
          || m.contains("readonly database")
          || m.contains("read-only file system")) {
        return "the data directory "
            + dataDir
            + " is read-only; give the quire process write access to it (or choose another with"
            + " --data)";
      }
    }
    return null;
  }
}
