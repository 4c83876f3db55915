package dev.quire.harvest;

import static dev.quire.harvest.HarvestFixtures.everyPaper;
import static dev.quire.harvest.HarvestFixtures.oaiError;
import static dev.quire.harvest.HarvestFixtures.open;
import static dev.quire.harvest.HarvestFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.fakes.SyntheticArxivPages;
import dev.quire.harvest.FakeArxivServer.Reply;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OaiPmhHarvesterTest {
  @TempDir Path dir;
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime();

  @AfterEach
  void stop() {
    server.close();
  }

  Reply realCsPage() {
    return Reply.file(
        SharedData.require("arxiv/oai-pmh/invenio_sample_arxiv_response_listrecords_cs.xml"));
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theRealListRecordsResponseIsHarvestedIntoTheDatabase(TestDb db) {
    server.answering(q -> realCsPage());
    try (Quire q = open(db, dir, server, time)) {
      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(r.imported()).isEqualTo(46);
      assertThat(r.pages()).isEqualTo(1);
      assertThat(q.papers().countPapers()).isEqualTo(46);
      Paper p = q.papers().find("1101.4388").orElseThrow();
      assertThat(p.title()).isEqualTo("Reproducing Kernel Banach Spaces with the l1 Norm");
      assertThat(p.authors())
          .extracting(Author::name)
          .containsExactly("Guohui Song", "Haizhang Zhang", "Fred J. Hickernell");
      assertThat(p.categories()).containsExactly("stat.ML", "cs.LG", "math.FA");
      assertThat(p.doi()).isEqualTo("10.1016/j.acha.2012.03.009");
      assertThat(server.oaiQueries())
          .containsExactly(Map.of("verb", "ListRecords", "metadataPrefix", "arXiv", "set", "cs"));
      HarvestState s = q.harvesting().status().get(0);
      assertThat(s.setLabel()).isEqualTo("cs");
      assertThat(s.lastDatestamp()).isEqualTo("2016-01-18T15:33:12Z");
      assertThat(s.recordsHarvested()).isEqualTo(46);
      assertThat(s.unfinished()).isFalse();
      assertThat(s.lastError()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theNextRunContinuesFromTheLastResponseDateAndNoRecordsMatchMeansNothingNew(TestDb db) {
    server.answering(q -> realCsPage());
    try (Quire q = open(db, dir, server, time)) {
      q.harvesting().harvest(set("cs"), HarvestListener.NONE);
      server.answering(
          query ->
              oaiError(
                  "noRecordsMatch", "The combination of the values results in an empty list."));

      HarvestResult second = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(second.nothingNew()).isTrue();
      assertThat(second.describe()).isEqualTo("Harvest of set cs (arXiv): nothing new.");
      assertThat(server.oaiQueries().get(1))
          .containsEntry("from", "2016-01-18")
          .containsEntry("set", "cs");
      HarvestState s = q.harvesting().status().get(0);
      assertThat(s.lastDatestamp()).isEqualTo("2026-11-21T09:00:00Z");
      assertThat(s.recordsHarvested()).isEqualTo(46);
      assertThat(s.lastError()).isNull();
    }
  }

  @Test
  void aGivenFromDateOverridesTheRememberedOne() {
    server.answering(q -> oaiError("noRecordsMatch", "empty"));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      q.harvesting()
          .harvest(
              HarvestRequest.parse("physics:hep-th", "arXivRaw", "2026-11-01", "2026-11-15"),
              HarvestListener.NONE);

      assertThat(server.oaiQueries())
          .containsExactly(
              Map.of(
                  "verb",
                  "ListRecords",
                  "metadataPrefix",
                  "arXivRaw",
                  "set",
                  "physics:hep-th",
                  "from",
                  "2026-11-01",
                  "until",
                  "2026-11-15"));
      assertThat(q.harvesting().status().get(0).lastDatestamp()).isEqualTo("2026-11-15");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void pagesAreFollowedUntilTheEmptyTokenThreeSecondsApart(TestDb db) {
    SyntheticArxivPages pages = new SyntheticArxivPages(50, 10);
    server.answering(HarvestFixtures.pages(pages));
    try (Quire q = open(db, dir, server, time)) {
      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(r.pages()).isEqualTo(5);
      assertThat(r.imported()).isEqualTo(50);
      assertThat(server.oaiQueries())
          .extracting(m -> m.get("resumptionToken"))
          .containsExactly(null, "bench|1", "bench|2", "bench|3", "bench|4");
      assertThat(server.oaiQueries().get(1)).containsOnlyKeys("verb", "resumptionToken");
      assertThat(time.sleeps)
          .containsExactly(Collections.nCopies(4, Duration.ofSeconds(3)).toArray(Duration[]::new));
      assertThat(q.harvesting().status().get(0).completeListSize()).isEqualTo(50);
    }
  }

  @Test
  void theRealOaiDcPageIsFollowedByItsResumptionToken() {
    server.answering(
        q ->
            q.containsKey("resumptionToken")
                ? HarvestFixtures.page(
                    "2024-01-27T17:53:50Z",
                    null,
                    HarvestFixtures.arxivRecord("2401.99999", "The last one", "2024-01-25", null))
                : Reply.file(
                    SharedData.require(
                        "arxiv/oai-pmh/listrecords_oai_dc_set-cs_2024-01-25_atomiklabs.xml")));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      HarvestResult r =
          q.harvesting()
              .harvest(
                  HarvestRequest.parse("cs", "oai_dc", "2024-01-25", null), HarvestListener.NONE);

      assertThat(r.imported()).isEqualTo(6);
      assertThat(server.oaiQueries().get(1))
          .isEqualTo(Map.of("verb", "ListRecords", "resumptionToken", "6960524|1001"));
      assertThat(q.papers().find("1303.2033").orElseThrow().title())
          .isEqualTo("Extended Fourier analysis of signals");
      assertThat(q.harvesting().status().get(0).lastDatestamp()).isEqualTo("2024-01-27T17:53:42Z");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aHarvestKilledAfterAPageResumesThereAndEndsEqualToAnUninterruptedOne(TestDb db) {
    SyntheticArxivPages pages = new SyntheticArxivPages(50, 10);
    server.answering(HarvestFixtures.pages(pages));
    java.util.List<Paper> uninterrupted;
    try (Quire q = open(db, dir.resolve("whole"), server, time)) {
      q.harvesting().harvest(set("cs"), HarvestListener.NONE);
      uninterrupted = everyPaper(q);
    }
    server.queries.clear();

    try (Quire q = open(db, dir.resolve("killed"), server, time)) {
      HarvestListener killAfterPage2 =
          new HarvestListener() {
            @Override
            public void pageCommitted(String set, int page, long runRecords, Long size) {
              if (page == 2) {
                throw new IllegalStateException("killed");
              }
            }
          };
      assertThatThrownBy(() -> q.harvesting().harvest(set("cs"), killAfterPage2))
          .hasMessage("killed");
      HarvestState half = q.harvesting().status().get(0);
      assertThat(half.unfinished()).isTrue();
      assertThat(half.runRecords()).isEqualTo(20);
      assertThat(half.lastError()).contains("killed");
      assertThat(HarvestStatusReport.render(q.harvesting().status()))
          .contains("unfinished run (from -, 20 records of 50); the next run resumes it");
      server.queries.clear();

      HarvestResult resumed = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(resumed.resumed()).isTrue();
      assertThat(resumed.pages()).isEqualTo(3);
      assertThat(server.oaiQueries())
          .extracting(m -> m.get("resumptionToken"))
          .containsExactly("bench|2", "bench|3", "bench|4");
      assertThat(everyPaper(q)).isEqualTo(uninterrupted);
      HarvestState done = q.harvesting().status().get(0);
      assertThat(done.recordsHarvested()).isEqualTo(50);
      assertThat(done.unfinished()).isFalse();
      assertThat(done.lastError()).isNull();
    }
  }

  @Test
  void aPageThatBreaksOffMidwayIsFetchedAgainAndNothingIsStoredTwice() {
    SyntheticArxivPages pages = new SyntheticArxivPages(4500, 1500);
    boolean[] cut = {false};
    server.answering(
        q -> {
          Reply full = HarvestFixtures.pages(pages).apply(q);
          if ("bench|1".equals(q.get("resumptionToken")) && !cut[0]) {
            cut[0] = true;
            return full.cutAfter(full.body().length * 3 / 4);
          }
          return full;
        });
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(server.oaiQueries())
          .extracting(m -> m.get("resumptionToken"))
          .containsExactly(null, "bench|1", "bench|1", "bench|2");
      assertThat(q.papers().countPapers()).isEqualTo(4500);
      assertThat(r.imported()).isEqualTo(4500);
      assertThat(q.harvesting().status().get(0).recordsHarvested()).isEqualTo(4500);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void deletedRecordsMarkStoredPapersWithdrawnAndTheyStayVisible(TestDb db) {
    server.answering(q -> realCsPage());
    try (Quire q = open(db, dir, server, time)) {
      q.harvesting().harvest(set("cs"), HarvestListener.NONE);
      server.answering(
          query ->
              HarvestFixtures.page(
                  "2026-11-21T09:00:00Z",
                  null,
                  HarvestFixtures.deleted("1101.4388"),
                  HarvestFixtures.deleted("2611.99999")));

      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(r.withdrawn()).isEqualTo(1);
      assertThat(r.deletedUnknown()).isEqualTo(1);
      Paper p = q.papers().find("1101.4388").orElseThrow();
      assertThat(p.withdrawn()).isTrue();
      assertThat(p.title()).isEqualTo("Reproducing Kernel Banach Spaces with the l1 Norm");
      assertThat(q.papers().find("2611.99999")).isEmpty();
      assertThat(q.papers().countPapers()).isEqualTo(46);
    }
  }

  @Test
  void aNewVersionHarvestedLaterReplacesTitleAndAbstract() {
    server.answering(
        q ->
            HarvestFixtures.page(
                "2026-11-10T00:00:00Z",
                null,
                HarvestFixtures.arxivRecord("2611.00001", "First title", "2026-11-02", null)));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      q.harvesting().harvest(set("cs"), HarvestListener.NONE);
      server.answering(
          query ->
              HarvestFixtures.page(
                  "2026-11-21T00:00:00Z",
                  null,
                  HarvestFixtures.arxivRecord(
                      "2611.00001", "Revised title", "2026-11-02", "2026-11-20")));

      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(r.updated()).isEqualTo(1);
      Paper p = q.papers().find("2611.00001").orElseThrow();
      assertThat(p.title()).isEqualTo("Revised title");
      assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
      assertThat(p.updatedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }
  }

  @Test
  void a503MidHarvestIsWaitedOutAndTheRunCompletes() {
    SyntheticArxivPages pages = new SyntheticArxivPages(30, 10);
    boolean[] refused = {false};
    server.answering(
        q -> {
          if ("bench|1".equals(q.get("resumptionToken")) && !refused[0]) {
            refused[0] = true;
            return Reply.status(503, Map.of("Retry-After", "120"));
          }
          return HarvestFixtures.pages(pages).apply(q);
        });
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      HarvestResult r = q.harvesting().harvest(set("cs"), HarvestListener.NONE);

      assertThat(r.imported()).isEqualTo(30);
      assertThat(time.sleeps)
          .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(120), Duration.ofSeconds(3));
    }
  }

  @Test
  void anExpiredSavedTokenRestartsTheUnfinishedRunFromItsFirstPage() {
    SyntheticArxivPages pages = new SyntheticArxivPages(30, 10);
    server.answering(HarvestFixtures.pages(pages));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      HarvestListener kill =
          new HarvestListener() {
            @Override
            public void pageCommitted(String set, int page, long runRecords, Long size) {
              throw new IllegalStateException("killed");
            }
          };
      assertThatThrownBy(() -> q.harvesting().harvest(set("cs"), kill)).hasMessage("killed");
      server.answering(
          query ->
              "bench|1".equals(query.get("resumptionToken")) && server.oaiQueries().size() == 2
                  ? oaiError(
                      "badResumptionToken",
                      "The value of the resumptionToken argument is invalid or expired.")
                  : HarvestFixtures.pages(pages).apply(query));
      StringBuilder notes = new StringBuilder();

      HarvestResult r =
          q.harvesting()
              .harvest(
                  set("cs"),
                  new HarvestListener() {
                    @Override
                    public void note(String message) {
                      notes.append(message).append('\n');
                    }
                  });

      assertThat(notes)
          .contains(
              "the saved resumption token has expired; restarting the run from the beginning");
      assertThat(server.oaiQueries())
          .extracting(m -> m.get("resumptionToken"))
          .containsExactly(null, "bench|1", null, "bench|1", "bench|2");
      assertThat(q.papers().countPapers()).isEqualTo(30);
      assertThat(r.pages()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void oaiErrorsEndTheRunWithAClearMessageKeptInTheStatus(TestDb db) {
    server.answering(
        q ->
            oaiError(
                "cannotDisseminateFormat",
                "'arXiv' is not supported by the item or by the repository."));
    try (Quire q = open(db, dir, server, time)) {
      assertThatThrownBy(() -> q.harvesting().harvest(set("cs"), HarvestListener.NONE))
          .isInstanceOf(OaiPmhException.class)
          .hasMessage(
              "the OAI-PMH repository answered cannotDisseminateFormat: 'arXiv' is not supported by the item"
                  + " or by the repository. (request: ListRecords metadataPrefix=arXiv set=cs at "
                  + server.oaiUrl()
                  + "); use one of the formats arXiv offers: arXiv, arXivRaw or oai_dc");
      HarvestState s = q.harvesting().status().get(0);
      assertThat(s.lastError())
          .startsWith("the OAI-PMH repository answered cannotDisseminateFormat");
      assertThat(HarvestStatusReport.render(q.harvesting().status()))
          .contains("last error: the OAI-PMH repository");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"badArgument", "badVerb", "badResumptionToken"})
  void everyOaiErrorButNoRecordsMatchStopsTheHarvest(OaiCode code) {
    SyntheticArxivPages pages = new SyntheticArxivPages(20, 10);
    server.answering(
        q ->
            q.containsKey("resumptionToken")
                ? oaiError(code.name(), "bad " + code)
                : HarvestFixtures.pages(pages).apply(q));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThatThrownBy(() -> q.harvesting().harvest(set("cs"), HarvestListener.NONE))
          .isInstanceOf(OaiPmhException.class)
          .hasMessageStartingWith(
              "the OAI-PMH repository answered " + code.name() + ": bad " + code);
      assertThat(q.papers().countPapers()).isEqualTo(10);
    }
  }

  enum OaiCode {
    badArgument,
    badVerb,
    badResumptionToken
  }

  @Test
  void aSecondHarvestIsRefusedWhileOneIsRunning() {
    SyntheticArxivPages pages = new SyntheticArxivPages(20, 10);
    server.answering(HarvestFixtures.pages(pages));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      String[] refusal = {null};
      q.harvesting()
          .harvest(
              set("cs"),
              new HarvestListener() {
                @Override
                public void pageCommitted(String set, int page, long runRecords, Long size) {
                  try {
                    q.harvesting().harvest(set("math"), HarvestListener.NONE);
                  } catch (HarvestException e) {
                    refusal[0] = e.getMessage();
                  }
                }
              });

      assertThat(refusal[0])
          .startsWith("another harvest is running (process ")
          .endsWith(
              "harvests run one at a time to stay within arXiv's rate limit, try again when it ends");
      assertThat(q.harvesting().harvest(set("math"), HarvestListener.NONE).imported()).isZero();
    }
  }
}
