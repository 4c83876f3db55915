package dev.quire.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only the operator may read: the database (emails, password hashes, sessions' CSRF tokens,
 * the mail outbox), its WAL, backups and the link-signing key are created 0600 in directories Quire
 * creates 0700. On file systems without POSIX permissions nothing is changed.
 */
public final class PrivateFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /** Creates {@code dir} (and missing parents) 0700; an existing directory is left as it is. */
  public static void directory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    if (POSIX) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Creates {@code file} empty when missing, and makes it 0600. */
  public static void file(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    restrict(file);
  }

  /** Makes an existing file 0600; a missing one is ignored. */
  public static void restrict(Path file) throws IOException {
    if (POSIX && Files.exists(file)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
