package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchCorpus;
import dev.quire.search.SearchSort;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.testing.TestDb;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deleted or damaged search index is rebuilt from the database when the server starts. */
class DamagedIndexTest {
  @TempDir Path dir;

  private List<String> search(Quire quire, String q) {
    LuceneSearch search = quire.openSearch(new HashingEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
    return search.search(QuerySyntax.parse(q), SearchSort.RELEVANCE, 0, 20).hits().stream()
        .map(h -> h.paper().id())
        .toList();
  }

  private Path indexDir() {
    return TestDb.SQLITE.config(dir).indexDir();
  }

  private List<String> buildIndexAndSearch(String q) {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      SearchCorpus.store(quire.paperStore());
      return search(quire, q);
    }
  }

  @Test
  void aDeletedIndexIsRebuiltAndFindsTheSamePapers() throws IOException {
    List<String> before = buildIndexAndSearch("attention");
    assertThat(before).isNotEmpty();
    try (Stream<Path> walk = Files.walk(indexDir())) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      assertThat(search(quire, "attention")).isEqualTo(before);
    }
  }

  @Test
  void anIndexWithCorruptedSegmentsIsRebuiltInsteadOfFailingSearches() throws IOException {
    List<String> before = buildIndexAndSearch("attention");
    Path biggest;
    try (Stream<Path> files = Files.list(indexDir())) {
      biggest =
          files
              .filter(p -> !p.getFileName().toString().startsWith("segments"))
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(p -> p.toFile().length()))
              .orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      for (long at = f.length() / 4; at < f.length() - 16; at += 97) {
        f.seek(at);
        f.write(0x5a);
      }
    }
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      assertThat(search(quire, "attention")).isEqualTo(before);
    }
  }

  @Test
  void anIndexFolderFullOfGarbageIsReplaced() throws IOException {
    List<String> before = buildIndexAndSearch("attention");
    try (Stream<Path> files = Files.list(indexDir())) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().startsWith("segments")) {
          Files.write(p, new byte[] {1, 2, 3, 4});
        }
      }
    }
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      assertThat(search(quire, "attention")).isEqualTo(before);
    }
  }
}
