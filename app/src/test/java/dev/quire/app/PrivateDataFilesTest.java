package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database, its WAL, backups and the link-signing key are the operator's alone, and a backup
 * keeps the key (security review, item 14).
 */
class PrivateDataFilesTest {
  @TempDir Path dir;

  @Test
  void theDatabaseItsWalAndABackupWithTheSigningKeyAreReadableByTheOwnerOnly() throws Exception {
    Path data = dir.resolve("data");
    Config config = TestDb.SQLITE.config(data);
    try (Quire quire = Quire.open(config)) {
      Fixtures.feature(
          quire.paperStore(), Fixtures.paper("2608.10001", "Lanterns", 3), LocalDate.now(), null);
      quire
          .digests()
          .subscriptions()
          .subscribe(
              dev.quire.digest.SubscribeRequest.parse("a@example.org", "daily", "10", "", 10));
      assertThat(mode(data)).isEqualTo("rwx------");
      assertThat(mode(data.resolve("quire.db"))).isEqualTo("rw-------");
      assertThat(mode(data.resolve("quire.db-wal"))).isEqualTo("rw-------");
      assertThat(mode(data.resolve("secret.key"))).isEqualTo("rw-------");
      Backup.backup(config, dir.resolve("backup"));
    }
    Path backup = dir.resolve("backup");
    assertThat(mode(backup)).isEqualTo("rwx------");
    assertThat(mode(backup.resolve("quire.db"))).isEqualTo("rw-------");
    assertThat(mode(backup.resolve("secret.key"))).isEqualTo("rw-------");

    Path restored = dir.resolve("restored");
    Backup.restore(TestDb.SQLITE.config(restored), backup, false);
    assertThat(Files.readAllBytes(restored.resolve("secret.key")))
        .as("unsubscribe links mailed before the restore still verify")
        .isEqualTo(Files.readAllBytes(data.resolve("secret.key")));
    assertThat(mode(restored.resolve("quire.db"))).isEqualTo("rw-------");
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
