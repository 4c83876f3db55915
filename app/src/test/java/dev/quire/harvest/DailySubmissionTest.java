package dev.quire.harvest;

import static dev.quire.harvest.HarvestFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.harvest.FakeArxivServer.Reply;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.PaperBuilder;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DailySubmissionTest {
  static final LocalDate TODAY = LocalDate.parse("2025-10-20");

  @TempDir Path dir;
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime(Instant.parse("2025-10-20T12:00:00Z"));

  @AfterEach
  void stop() {
    server.close();
  }

  void arxivAnswersWithTheLegacyResponse() {
    server.answering(q -> Reply.file(SharedData.require(ArxivAtomApiTest.LEGACY)));
  }

  void store(Quire q, String id, String published) {
    q.paperStore()
        .writeBatch(
            List.of(),
            List.of(
                PaperBuilder.paper(id)
                    .title("Stored " + id)
                    .publishedAt(Instant.parse(published))
                    .build()),
            List.of());
  }

  SubmissionRefused.Reason refusal(Quire q, String id) {
    try {
      q.harvesting().submission().submit(id, "ada");
    } catch (SubmissionRefused e) {
      return e.reason();
    }
    throw new AssertionError("submission of " + id + " was accepted");
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anUnknownRecentPaperIsFetchedFromArxivAndFeaturedTodayWithItsSubmitter(TestDb db) {
    arxivAnswersWithTheLegacyResponse();
    try (Quire q = open(db, dir, server, time)) {
      DailySubmission.Submitted s =
          q.harvesting().submission().submit("https://arxiv.org/abs/2510.14968v1", "ada");

      assertThat(s.fetched()).isTrue();
      assertThat(server.queries)
          .containsExactly(Map.of("id_list", "2510.14968", "max_results", "1"));
      assertThat(s.paper().title()).startsWith("RDD: Retrieval-Based Demonstration Decomposer");
      List<DailyEntry> entries = q.papers().entriesOf(List.of("2510.14968")).get("2510.14968");
      assertThat(entries)
          .containsExactly(
              new DailyEntry(
                  "2510.14968", TODAY, Instant.parse("2025-10-20T12:00:00Z"), "ada", "ada", null));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aPaperAlreadyFeaturedIsRefusedWithTheDay(TestDb db) {
    arxivAnswersWithTheLegacyResponse();
    try (Quire q = open(db, dir, server, time)) {
      q.harvesting().submission().submit("2510.14968", null);

      assertThatThrownBy(() -> q.harvesting().submission().submit("2510.14968", "grace"))
          .isInstanceOf(SubmissionRefused.class)
          .hasMessage("paper 2510.14968 is already featured, on 2025-10-20");
      assertThat(q.papers().entriesOf(List.of("2510.14968")).get("2510.14968"))
          .singleElement()
          .extracting(DailyEntry::submitter)
          .isEqualTo("admin");
    }
  }

  @Test
  void aStoredPaperIsFeaturedWithoutAskingArxiv() {
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      store(q, "2510.00001", "2025-10-18T09:00:00Z");

      DailySubmission.Submitted s = q.harvesting().submission().submit("2510.00001", "ada");

      assertThat(s.fetched()).isFalse();
      assertThat(server.queries).isEmpty();
      assertThat(q.papers().latestFeaturedDay()).contains(TODAY);
    }
  }

  @Test
  void fourteenDaysOldIsAcceptedAndFifteenIsRefusedWithTheReason() {
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      store(q, "2510.00014", "2025-10-06T23:59:00Z");
      store(q, "2510.00015", "2025-10-05T08:00:00Z");

      assertThat(q.harvesting().submission().submit("2510.00014", "ada").entry().featuredOn())
          .isEqualTo(TODAY);
      assertThatThrownBy(() -> q.harvesting().submission().submit("2510.00015", "ada"))
          .isInstanceOf(SubmissionRefused.class)
          .hasMessage(
              "paper 2510.00015 was first published on 2025-10-05, 15 days ago; only papers from the last 14"
                  + " days can be submitted to the daily list");
      assertThat(refusal(q, "2510.00015")).isEqualTo(SubmissionRefused.Reason.TOO_OLD);
    }
  }

  @Test
  void anOldPaperFetchedFromArxivIsRefused() {
    server.answering(q -> Reply.file(SharedData.require(ArxivAtomApiTest.NEW)));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThat(refusal(q, "1509.01687")).isEqualTo(SubmissionRefused.Reason.TOO_OLD);
      assertThat(q.papers().entriesOf(List.of("1509.01687"))).isEmpty();
    }
  }

  @Test
  void badIdsUnknownPapersAndAnUnreachableArxivAreRefusedWithTheirReason() {
    arxivAnswersWithTheLegacyResponse();
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThatThrownBy(() -> q.harvesting().submission().submit("banana", "ada"))
          .hasMessage("not an arXiv id: 'banana' (expected e.g. 2504.08385)");
      assertThat(refusal(q, "2510.99999")).isEqualTo(SubmissionRefused.Reason.UNKNOWN_PAPER);
      assertThatThrownBy(() -> q.harvesting().submission().submit("2510.14968", "<script>"))
          .hasMessageContaining("submitter must be 1 to 64 letters");
      server.close();
      assertThat(refusal(q, "2510.14827")).isEqualTo(SubmissionRefused.Reason.ARXIV_UNAVAILABLE);
    }
  }
}
