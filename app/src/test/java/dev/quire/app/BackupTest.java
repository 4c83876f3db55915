package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchSort;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
  @TempDir Path original;
  @TempDir Path restored;
  @TempDir Path backups;

  Config config(Path dir) {
    return Config.load(Map.of("data", dir.toString()), Map.of());
  }

  @Test
  void aBackupTakenWhileTheDatabaseIsOpenRestoresToTheSamePapers() {
    Path target = backups.resolve("b1");
    String message;
    try (Quire q = Quire.open(config(original))) {
      SampleData.loadIfEmpty(q);
      message =
          Backup.backup(q.config(), target); // the database stays open, as under a running server
    }
    assertThat(message).startsWith("Backed up 1,611 papers");
    assertThat(target.resolve("backup.properties")).exists();

    assertThat(Backup.restore(config(restored), target, false)).startsWith("Restored 1,611 papers");
    try (Quire a = Quire.open(config(original).with(b -> b.dataDir(original)));
        Quire b = Quire.open(config(restored))) {
      assertThat(b.papers().countPapers()).isEqualTo(a.papers().countPapers());
      assertThat(b.papers().countEntries()).isEqualTo(a.papers().countEntries());
      assertThat(b.papers().find("2608.19880")).isEqualTo(a.papers().find("2608.19880"));
      assertThat(b.papers().latestFeaturedDay()).isEqualTo(a.papers().latestFeaturedDay());
    }
  }

  @Test
  void theSearchIndexIsSnapshottedWhileInUseAndRestoredWithTheDatabase() {
    Path target = backups.resolve("b3");
    List<String> before;
    String message;
    try (Quire q = Quire.open(config(original).with(b -> b.semanticSearch(false)))) {
      SampleData.loadIfEmpty(q);
      LuceneSearch search = q.openSearch(null);
      search.syncNow(line -> {});
      before = ids(search, "agents");
      message =
          Backup.backup(q.config(), target); // the index stays open, as under a running server
    }
    assertThat(message).contains("and a search-index snapshot");
    assertThat(target.resolve("index"))
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments"));

    Backup.restore(config(restored), target, false);
    assertThat(config(restored).indexDir()).isDirectory();
    try (Quire q = Quire.open(config(restored).with(b -> b.semanticSearch(false)))) {
      LuceneSearch search = q.openSearch(null);
      search.syncNow(line -> {});
      assertThat(ids(search, "agents")).isNotEmpty().isEqualTo(before);
    }
  }

  private static List<String> ids(LuceneSearch search, String q) {
    return search.search(QuerySyntax.parse(q), SearchSort.RELEVANCE, 0, 20).hits().stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void restoreRefusesToReplaceADatabaseWithoutForceAndRefusesADamagedBackup() throws IOException {
    Path target = backups.resolve("b2");
    try (Quire q = TestDb.SQLITE.open(original)) {
      Backup.backup(q.config(), target);
    }
    try (Quire existing = TestDb.SQLITE.open(restored)) {
      assertThat(existing.papers().countPapers()).isZero();
    }
    assertThatThrownBy(() -> Backup.restore(config(restored), target, false))
        .hasMessageContaining("a database already exists")
        .hasMessageContaining("--force");
    assertThat(Backup.restore(config(restored), target, true)).startsWith("Restored 0 papers");

    byte[] bytes = Files.readAllBytes(target.resolve("quire.db"));
    for (int i = 4096; i < bytes.length; i += 7) {
      bytes[i] = (byte) 0x5a;
    }
    Files.write(target.resolve("quire.db"), bytes);
    assertThatThrownBy(() -> Backup.restore(config(restored), target, true))
        .hasMessageContaining("quire.db");
  }

  @Test
  void backupNeedsANewOrEmptyDirectoryAndADatabase() throws IOException {
    Files.writeString(backups.resolve("something.txt"), "keep me");
    assertThatThrownBy(() -> Backup.backup(config(original), backups.resolve("x")))
        .hasMessageStartingWith("nothing to back up");
    try (Quire q = TestDb.SQLITE.open(original)) {
      assertThatThrownBy(() -> Backup.backup(q.config(), backups))
          .hasMessageStartingWith("backup target must be a new or empty directory");
    }
    assertThatThrownBy(() -> Backup.restore(config(restored), backups, false))
        .hasMessageStartingWith("not a Quire backup");
  }

  @Test
  void postgresqlUsersAreToldToUsePgDump() {
    Config pg =
        config(original).with(b -> b.database("jdbc:postgresql://localhost/quire", "u", "p"));
    assertThatThrownBy(() -> Backup.backup(pg, backups)).hasMessageContaining("pg_dump");
  }
}
