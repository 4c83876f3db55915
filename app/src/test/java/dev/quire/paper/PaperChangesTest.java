package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.system.Database;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every committed write to papers is announced once, after the commit; a rolled-back one never. */
class PaperChangesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aMergedBatchIsAnnouncedOnceWhenItIsAlreadyReadableAndMergingItAgainAnnouncesNothing(
      TestDb db) {
    try (Database database = Database.open(db.config(dir).database())) {
      PaperRepository papers = new PaperRepository(database.jdbi());
      PaperStore store = new PaperStore(database.jdbi(), papers);
      List<PaperChange> heard = new ArrayList<>();
      List<Boolean> readableWhenHeard = new ArrayList<>();
      store
          .changes()
          .listen(
              c -> {
                heard.add(c);
                readableWhenHeard.add(papers.find("2608.00002").isPresent());
              });
      DailyEntry entry =
          new DailyEntry("2608.00002", LocalDate.parse("2026-08-21"), null, "ak", "AK", null);
      PaperBatch batch =
          PaperBatch.of(
              IncomingPaper.of(Fixtures.paper("2608.00001", "One", 1)),
              new IncomingPaper(Fixtures.paper("2608.00002", "Two", 2), null, entry));

      MergeCounts first = store.merge(batch);
      MergeCounts again = store.merge(batch);

      assertThat(first.imported()).isEqualTo(2);
      assertThat(again.unchanged()).isEqualTo(2);
      assertThat(heard).containsExactly(new PaperChange(Set.of("2608.00001", "2608.00002")));
      assertThat(readableWhenHeard).containsExactly(true);
      assertThat(store.changes().count()).isEqualTo(1);
      assertThat(papers.committedBatches()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void countsChangedInARolledBackTransactionAreNeverAnnouncedAndACommittedOneIsAnnouncedOnce(
      TestDb db) {
    try (Database database = Database.open(db.config(dir).database())) {
      PaperRepository papers = new PaperRepository(database.jdbi());
      PaperStore store = new PaperStore(database.jdbi(), papers);
      store.writeBatch(List.of(), List.of(Fixtures.paper("2608.00001", "One", 1)), List.of());
      List<PaperChange> heard = new ArrayList<>();
      store.changes().listen(heard::add);

      assertThatThrownBy(
              () ->
                  database
                      .jdbi()
                      .useTransaction(
                          h -> {
                            store.addLocalCounts(h, "2608.00001", 1, 0);
                            throw new IllegalStateException("the vote failed half-way");
                          }))
          .hasMessageContaining("half-way");
      assertThat(heard).isEmpty();
      assertThat(papers.find("2608.00001").orElseThrow().upvotes()).isEqualTo(1);

      database.jdbi().useTransaction(h -> store.addLocalCounts(h, "2608.00001", 1, 1));

      assertThat(heard).containsExactly(new PaperChange(Set.of("2608.00001")));
      assertThat(papers.find("2608.00001").orElseThrow().upvotes()).isEqualTo(2);
    }
  }
}
