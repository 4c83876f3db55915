package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Paper;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HfDailyPapersImportTest {
  /**
   * The raw files hold 9,581 entry objects for 9,577 distinct papers (4 papers were featured on two
   * days), and 300 entries that are strings holding a Python-style dump instead of an object: 291
   * inside the plain arrays and 9 inside 2025-01-10.json, which wraps its entries as {"status",
   * "date", "count", "data": [...]}. (The data README counts 295 because a naive count sees that
   * wrapper's 4 keys instead of its 9 entries.)
   */
  static final int PAPERS = 9_577;

  static final int ENTRIES = 9_581;
  static final int STRING_ENTRIES = 300;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void importingAllDailyFilesKeepsEveryValidEntryAndReportsEachBadOne(TestDb db) throws Exception {
    try (Quire q = db.open(dir)) {
      ImportSummary summary =
          q.importer(ProgressListener.NONE).importPaths(List.of(SharedData.hfDailyPapers()), null);

      assertThat(summary.files()).isEqualTo(580);
      assertThat(q.papers().countPapers()).isEqualTo(PAPERS);
      assertThat(q.papers().countEntries()).isEqualTo(ENTRIES);
      assertThat(summary.imported()).isEqualTo(PAPERS);
      assertThat(summary.rejects()).hasSize(STRING_ENTRIES);
      assertThat(summary.rejects())
          .allSatisfy(
              r -> {
                assertThat(r.file()).endsWith(".json");
                assertThat(r.location()).contains("index");
                assertThat(r.reason())
                    .startsWith(
                        "a string where an entry object belongs (a Python-style dump of paper ");
              });
      assertThat(summary.rejects())
          .anySatisfy(
              r -> {
                assertThat(r.file()).endsWith("2024-12-11.json");
                assertThat(r.location()).isEqualTo("index 0 (line 2)");
                assertThat(r.reason()).contains("2412.07730");
              });
      assertThat(summary.rejectsFile()).exists();
      assertThat(Files.readAllLines(summary.rejectsFile())).hasSize(STRING_ENTRIES + 1);
      assertThat(summary.describe())
          .contains("9,577 imported")
          .contains("300 rejected")
          .contains("rejects are listed in");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void everyFieldOfADailyEntryIsStored(TestDb db) {
    try (Quire q = db.open(dir)) {
      q.importer(ProgressListener.NONE)
          .importPaths(List.of(SharedData.require("hf-daily-papers/2026-08-21.json")), null);

      Paper p = q.papers().find("2608.19880").orElseThrow();
      assertThat(p.title()).isEqualTo("EnvHarness: Awakening Static Worlds for Agent Learning");
      assertThat(p.abstractText()).startsWith("LLM agents learn by interacting with environments");
      assertThat(p.authors()).hasSize(17);
      assertThat(p.authors().get(0).name()).isEqualTo("Chengsong Huang");
      assertThat(p.authors().get(16).name()).isEqualTo("Chen-Yu Lee");
      assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-08-20T00:00:00Z"));
      assertThat(p.upvotes()).isEqualTo(163);
      assertThat(p.numComments()).isEqualTo(1);
      assertThat(p.githubRepo()).isEqualTo("https://github.com/google-research/envharness");
      assertThat(p.githubStars()).isEqualTo(8);
      assertThat(p.projectPage()).isEqualTo("https://envharness.com/");
      assertThat(p.aiSummary()).startsWith("EnvHarness and EnvRigger dynamically reshape");
      assertThat(p.aiKeywords()).hasSize(8).contains("LLM agents", "co-evolution");
      assertThat(p.organization()).isEqualTo("google");
      assertThat(q.papers().findOrganization("google").orElseThrow().fullname())
          .isEqualTo("Google");

      DailyEntry e = q.papers().entriesOf(List.of("2608.19880")).get("2608.19880").get(0);
      assertThat(e.featuredOn()).isEqualTo(LocalDate.parse("2026-08-21"));
      assertThat(e.submitter()).isEqualTo("taesiri");
      assertThat(e.submitterFullname()).isEqualTo("taesiri");
      assertThat(e.submitterAvatar()).startsWith("https://");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void importingTheSameFilesTwiceChangesNothingAndSaysSo(TestDb db) {
    try (Quire q = db.open(dir)) {
      List<Path> files =
          List.of(
              SharedData.require("hf-daily-papers/2026-08-20.json"),
              SharedData.require("hf-daily-papers/2026-08-21.json"));
      ImportSummary first = q.importer(ProgressListener.NONE).importPaths(files, null);
      ImportSummary second = q.importer(ProgressListener.NONE).importPaths(files, null);

      assertThat(first.imported()).isPositive();
      assertThat(second.imported()).isZero();
      assertThat(second.updated()).isZero();
      assertThat(second.unchanged())
          .isEqualTo(first.imported() + first.updated() + first.unchanged());
      assertThat(second.nothingChanged()).isTrue();
      assertThat(second.describe()).contains("Nothing changed");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aPaperFeaturedOnTwoDaysHasBothEntries(TestDb db) {
    try (Quire q = db.open(dir)) {
      q.importer(ProgressListener.NONE)
          .importPaths(
              List.of(
                  SharedData.require("hf-daily-papers/2026-08-13.json"),
                  SharedData.require("hf-daily-papers/2026-08-19.json")),
              null);
      assertThat(q.papers().entriesOf(List.of("2608.12313")).get("2608.12313"))
          .extracting(DailyEntry::featuredOn)
          .containsExactly(LocalDate.parse("2026-08-13"), LocalDate.parse("2026-08-19"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anEntrySubmittedLateTheEveningBeforeIsListedOnTheDayOfItsFile(TestDb db) {
    try (Quire q = db.open(dir)) {
      // 2411.19930 was submitted at 2024-12-01T23:12Z but HF lists it on 2024-12-02, the file's day
      q.importer(ProgressListener.NONE)
          .importPaths(List.of(SharedData.require("hf-daily-papers/2024-12-02.json")), null);
      assertThat(q.papers().entriesOf(List.of("2411.19930")).get("2411.19930"))
          .extracting(DailyEntry::featuredOn)
          .containsExactly(LocalDate.parse("2024-12-02"));
      assertThat(q.papers().featuredDayBefore(LocalDate.parse("2024-12-02"))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void olderFilesWithoutSubmittedOnDailyAtUseTheEntryDate(TestDb db) {
    try (Quire q = db.open(dir)) {
      q.importer(ProgressListener.NONE)
          .importPaths(List.of(SharedData.require("hf-daily-papers/2024-05-27.json")), null);
      assertThat(q.papers().latestFeaturedDay()).contains(LocalDate.parse("2024-05-27"));
      assertThat(q.papers().countEntries()).isEqualTo(q.papers().countPapers());
    }
  }
}
