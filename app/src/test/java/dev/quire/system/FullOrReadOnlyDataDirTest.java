package dev.quire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.ChildJvm;
import dev.quire.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full or read-only data directory ends the command with a message naming the problem and the
 * directory.
 */
class FullOrReadOnlyDataDirTest {
  @TempDir Path dir;

  @Test
  void aDiskFullErrorDeepInsideIsExplainedWithTheDataDirectory() {
    RuntimeException e =
        new IllegalStateException(
            "Failed to commit transaction",
            new SQLiteException(
                "[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL));
    assertThat(StorageErrors.describe(e, Path.of("/srv/quire")))
        .startsWith("the disk holding the data directory /srv/quire is full")
        .contains("resume");
  }

  @Test
  void aReadOnlyDatabaseIsExplainedWithTheDataDirectory() {
    RuntimeException e =
        new IllegalStateException(
            new SQLiteException(
                "[SQLITE_READONLY] attempt to write a readonly database",
                SQLiteErrorCode.SQLITE_READONLY));
    assertThat(StorageErrors.describe(e, Path.of("/srv/quire")))
        .startsWith("the data directory /srv/quire is read-only");
    assertThat(StorageErrors.describe(new IllegalStateException("something else"), dir)).isNull();
  }

  @Test
  @Tag("fault")
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void anImportIntoAFullFileSystemStopsWithAClearMessage() throws Exception {
    Path mount = dir.resolve("small");
    Files.createDirectories(mount);
    Process m =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = m.waitFor(20, TimeUnit.SECONDS) && m.exitValue() == 0;
    if (!mounted && "true".equals(System.getenv("CI"))) {
      System.err.println("SKIPPING full-disk test: cannot mount a tmpfs here (needs root)");
    }
    Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
    try {
      Path data = mount.resolve("data");
      Path file = SharedData.require("arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz");
      Process child =
          ChildJvm.start(
              dir.resolve("ingest.log"), "ingest", "--data", data.toString(), file.toString());
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(dir.resolve("ingest.log"));
      assertThat(child.exitValue()).as(log).isEqualTo(1);
      assertThat(log).contains("quire: the disk holding the data directory " + data + " is full");
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }
}
