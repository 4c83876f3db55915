package dev.quire.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies the search index's latest commit for {@code quire backup}. Lucene never changes a written
 * file, so copying exactly the files of one commit gives a consistent snapshot even while a server
 * writes; if a merge deletes one of them mid-copy, the copy is dropped (the index is rebuilt from
 * the database on start anyway).
 */
public final class IndexSnapshot {
  private IndexSnapshot() {}

  /**
   * Copies the latest commit of {@code indexDir} into {@code target}; the number of files, or 0
   * when none.
   */
  public static int copy(Path indexDir, Path target) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return 0;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      SegmentInfos infos;
      try {
        infos = SegmentInfos.readLatestCommit(dir);
      } catch (IOException noCommitYet) {
        return 0;
      }
      Files.createDirectories(target);
      int n = 0;
      try {
        for (String file : infos.files(true)) {
          Files.copy(
              indexDir.resolve(file), target.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
          n++;
        }
      } catch (NoSuchFileException mergedAway) {
        deleteRecursively(target);
        return 0;
      }
      return n;
    }
  }

  /** Replaces {@code indexDir} with the snapshot in {@code source}; false when there is none. */
  public static boolean restore(Path source, Path indexDir) throws IOException {
    if (!Files.isDirectory(source)) {
      return false;
    }
    deleteRecursively(indexDir);
    Files.createDirectories(indexDir);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, indexDir.resolve(f.getFileName()));
      }
    }
    return true;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
