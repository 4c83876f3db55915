package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportRobustnessTest {
  @TempDir Path dir;

  static String kaggle(String id, String title, String... versionDates) {
    StringBuilder versions = new StringBuilder();
    for (int i = 0; i < versionDates.length; i++) {
      versions
          .append(i == 0 ? "" : ",")
          .append("{\"version\":\"v")
          .append(i + 1)
          .append("\",\"created\":\"")
          .append(versionDates[i])
          .append("\"}");
    }
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"authors\":\"Ada Lovelace and Alan Turing\","
        + "\"abstract\":\"  Text of "
        + title
        + ".\\n\",\"categories\":\"cs.LG\",\"versions\":["
        + versions
        + "],\"update_date\":\"2026-01-02\"}";
  }

  @Test
  void badJsonLinesAreRejectedWithLineAndReasonAndTheRestIsImported() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            kaggle("2601.00001", "Good one", "Mon, 5 Jan 2026 10:00:00 GMT"),
            "{\"id\": \"2601.00002\", \"title\": ",
            "{\"title\": \"No id\"}",
            "{\"id\": \"2601.00003\", \"abstract\": \"no title\"}",
            "{\"id\": \"2601.00004\", \"title\": \"Bad date\", \"update_date\": \"yesterday\"}",
            "\"just a string\"",
            "{\"id\": \"not-an-id\", \"title\": \"Bad id\"}",
            kaggle("2601.00005", "Good two", "Tue, 6 Jan 2026 10:00:00 GMT")));
    try (Quire q = TestDb.SQLITE.open(dir)) {
      ImportSummary s = q.importer(ProgressListener.NONE).importPaths(List.of(file), null);

      assertThat(s.imported()).isEqualTo(2);
      assertThat(s.rejects())
          .extracting(r -> r.location() + ": " + r.reason())
          .satisfiesExactly(
              r -> assertThat(r).startsWith("line 2: malformed JSON"),
              r -> assertThat(r).isEqualTo("line 3: missing id"),
              r -> assertThat(r).isEqualTo("line 4: paper 2601.00003: missing title"),
              r -> assertThat(r).isEqualTo("line 5: unparseable date in update_date: 'yesterday'"),
              r -> assertThat(r).isEqualTo("line 6: expected a JSON object, found string"),
              r -> assertThat(r).isEqualTo("line 7: id is not an arXiv id: 'not-an-id'"));
      assertThat(s.rejects()).allSatisfy(r -> assertThat(r.file()).endsWith("mixed.jsonl"));
      assertThat(Files.readString(s.rejectsFile()))
          .contains("mixed.jsonl\tline 5\tunparseable date in update_date");
      assertThat(q.papers().find("2601.00005")).isPresent();
    }
  }

  @Test
  void badDailyEntriesAreRejectedByIndexAndATruncatedFileKeepsWhatCameBefore() throws IOException {
    Path good = dir.resolve("day.json");
    Files.writeString(
        good,
        """
        [
          {"paper": {"id": "2601.00010v2", "title": "Kept", "summary": "S", "upvotes": 3,
                     "publishedAt": "2026-01-05T00:00:00.000Z", "submittedOnDailyAt": "2026-01-06T00:00:00.000Z"}},
          "{'paper': {'id': '2601.00011'}}",
          {"paper": {"title": "No id"}},
          {"paper": {"id": "2601.00012", "title": "Bad date", "publishedAt": "soon"}},
          {"nopaper": true}
        ]
        """);
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(
        truncated,
        """
        [{"paper": {"id": "2601.00020", "title": "Before the cut", "publishedAt": "2026-01-05T00:00:00.000Z"},
          "publishedAt": "2026-01-07T08:00:00.000Z"},
         {"paper": {"id": "2601.00021", "tit""");
    try (Quire q = TestDb.SQLITE.open(dir)) {
      ImportSummary s =
          q.importer(ProgressListener.NONE).importPaths(List.of(good, truncated), null);

      assertThat(s.rejects())
          .extracting(r -> r.location().replaceAll(" \\(line \\d+\\)", "") + ": " + r.reason())
          .satisfiesExactly(
              r ->
                  assertThat(r)
                      .isEqualTo(
                          "index 1: a string where an entry object belongs (a Python-style dump of paper 2601.00011)"),
              r -> assertThat(r).isEqualTo("index 2: missing paper.id"),
              r -> assertThat(r).isEqualTo("index 3: unparseable date in publishedAt: 'soon'"),
              r -> assertThat(r).isEqualTo("index 4: missing paper object"),
              r ->
                  assertThat(r)
                      .contains("malformed JSON")
                      .contains("the rest of this file was not read"));
      assertThat(q.papers().find("2601.00010").orElseThrow().title()).isEqualTo("Kept");
      assertThat(q.papers().find("2601.00020")).isPresent();
      assertThat(q.papers().featuredDayBefore(java.time.LocalDate.parse("2026-01-07"))).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aNewerVersionUpdatesTitleAndAuthorsAndKeepsTheVersionHistory(TestDb db) throws IOException {
    Path v1 = dir.resolve("v1.jsonl");
    Path v2 = dir.resolve("v2.jsonl");
    Files.writeString(
        v1, kaggle("2601.00030", "First title", "Mon, 5 Jan 2026 10:00:00 GMT") + "\n");
    Files.writeString(
        v2,
        kaggle(
                    "2601.00030v2",
                    "Second title",
                    "Mon, 5 Jan 2026 10:00:00 GMT",
                    "Fri, 9 Jan 2026 12:30:00 GMT")
                .replace(
                    "Ada Lovelace and Alan Turing", "Ada Lovelace, Alan Turing and Grace Hopper")
            + "\n");
    try (Quire q = db.open(dir)) {
      Importer importer = q.importer(ProgressListener.NONE);
      importer.importPaths(List.of(v1), null);
      ImportSummary update = importer.importPaths(List.of(v2), null);
      ImportSummary stale = importer.importPaths(List.of(v1), null);

      Paper p = q.papers().find("2601.00030").orElseThrow();
      assertThat(update.updated()).isEqualTo(1);
      assertThat(p.title()).isEqualTo("Second title");
      assertThat(p.authors()).hasSize(3);
      assertThat(p.versions()).extracting(PaperVersion::number).containsExactly(1, 2);
      assertThat(p.updatedAt()).hasToString("2026-01-09T12:30:00Z");
      assertThat(stale.nothingChanged())
          .as("re-importing the old version must not roll the title back")
          .isTrue();
    }
  }

  @Test
  void gzippedAndPlainInputsAreDetectedAndAnUnknownFormatIsReported() throws IOException {
    Path gz = dir.resolve("papers.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          (kaggle("2601.00040", "Zipped", "Mon, 5 Jan 2026 10:00:00 GMT") + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path csv = dir.resolve("papers.json");
    Files.writeString(csv, "id,title\n1,x\n");
    try (Quire q = TestDb.SQLITE.open(dir)) {
      ImportSummary s = q.importer(ProgressListener.NONE).importPaths(List.of(gz, csv), null);
      assertThat(q.papers().find("2601.00040")).isPresent();
      assertThat(s.rejects())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.file()).endsWith("papers.json");
                assertThat(r.reason()).contains("--format");
              });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anImportKilledMidwayResumesWithoutDuplicatesOrLosses(TestDb db) {
    Path hf = SharedData.hfDailyPapers();
    try (Quire q = db.open(dir)) {
      ProgressListener crashAfterTwoBatches =
          new ProgressListener() {
            int batches;

            @Override
            public void progress(long records, long bytesRead, String currentFile) {
              if (++batches == 2) {
                throw new IllegalStateException("simulated crash");
              }
            }
          };
      assertThatThrownBy(() -> q.importer(crashAfterTwoBatches).importPaths(List.of(hf), null))
          .hasMessage("simulated crash");
      int afterCrash = q.papers().countPapers();
      assertThat(afterCrash).isBetween(1, HfDailyPapersImportTest.PAPERS - 1);

      ImportSummary resumed = q.importer(ProgressListener.NONE).importPaths(List.of(hf), null);

      assertThat(resumed.imported()).isEqualTo(HfDailyPapersImportTest.PAPERS - afterCrash);
      assertThat(q.papers().countPapers()).isEqualTo(HfDailyPapersImportTest.PAPERS);
      assertThat(q.papers().countEntries()).isEqualTo(HfDailyPapersImportTest.ENTRIES);
    }
  }
}
