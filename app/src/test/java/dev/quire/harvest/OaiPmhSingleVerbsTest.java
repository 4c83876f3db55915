package dev.quire.harvest;

import static dev.quire.harvest.HarvestFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.app.Quire;
import dev.quire.harvest.FakeArxivServer.Reply;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OaiPmhSingleVerbsTest {
  @TempDir Path dir;
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void identifyDescribesTheRepository() {
    server.answering(
        q ->
            Reply.xml(
                """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <Identify><repositoryName>arXiv</repositoryName><baseURL>https://oaipmh.arxiv.org/oai</baseURL>
        <earliestDatestamp>2007-05-23</earliestDatestamp><deletedRecord>persistent</deletedRecord>
        <granularity>YYYY-MM-DD</granularity></Identify></OAI-PMH>"""));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThat(q.harvesting().identify())
          .contains("Repository: arXiv")
          .contains("Granularity: YYYY-MM-DD")
          .contains("Deleted records: persistent");
      assertThat(server.oaiQueries()).containsExactly(Map.of("verb", "Identify"));
    }
  }

  @Test
  void getRecordStoresTheRealRecord() {
    server.answering(
        q -> Reply.file(SharedData.require("arxiv/oai-pmh/invenio_sample_arxiv_response.xml")));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      String said = q.harvesting().fetchRecord("1507.03011v2", "arXiv");

      assertThat(server.oaiQueries())
          .containsExactly(
              Map.of(
                  "verb",
                  "GetRecord",
                  "identifier",
                  "oai:arXiv.org:1507.03011",
                  "metadataPrefix",
                  "arXiv"));
      assertThat(said)
          .startsWith("Paper 1507.03011 added: The Distribution of Star Formation and Metals");
      assertThat(q.papers().find("1507.03011").orElseThrow().versions())
          .containsExactly(new PaperVersion(1, Instant.parse("2015-07-10T00:00:00Z")));
    }
  }

  @Test
  void getRecordOfAnIdArxivDoesNotKnowEndsWithTheOaiError() {
    server.answering(
        q -> HarvestFixtures.oaiError("idDoesNotExist", "oai:arXiv.org:2611.99999 is unknown"));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThatThrownBy(() -> q.harvesting().fetchRecord("2611.99999", "arXivRaw"))
          .isInstanceOf(OaiPmhException.class)
          .hasMessageStartingWith(
              "the OAI-PMH repository answered idDoesNotExist: oai:arXiv.org:2611.99999 is unknown");
    }
  }

  @Test
  void anOaiErrorSentWithA400StatusIsStillReadAsTheOaiError() {
    server.answering(
        q ->
            new Reply(
                400,
                Map.of("Content-Type", "text/xml"),
                HarvestFixtures.oaiError("badArgument", "Illegal set").body(),
                -1));
    try (Quire q = open(TestDb.SQLITE, dir, server, time)) {
      assertThatThrownBy(
              () -> q.harvesting().harvest(HarvestFixtures.set("nonsense"), HarvestListener.NONE))
          .isInstanceOf(OaiPmhException.class)
          .hasMessageContaining("answered badArgument: Illegal set")
          .hasMessageEndingWith(
              "; check the set name (e.g. cs, math, physics:hep-th) and the dates (YYYY-MM-DD)");
    }
  }
}
