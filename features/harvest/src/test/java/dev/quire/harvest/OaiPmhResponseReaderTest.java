package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperVersion;
import dev.quire.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class OaiPmhResponseReaderTest {
  final List<OaiRecord> records = new ArrayList<>();
  final List<String> rejects = new ArrayList<>();
  final OaiPmhResponseReader.RecordListener listener =
      new OaiPmhResponseReader.RecordListener() {
        @Override
        public void record(OaiRecord record) {
          records.add(record);
        }

        @Override
        public void reject(String identifier, String reason) {
          rejects.add(identifier + ": " + reason);
        }
      };

  OaiPmhResponseReader.Envelope read(String sharedFile) throws IOException, XMLStreamException {
    try (InputStream in = Files.newInputStream(SharedData.require("arxiv/oai-pmh/" + sharedFile))) {
      return OaiPmhResponseReader.read(in, listener);
    }
  }

  OaiPmhResponseReader.Envelope readText(String xml) throws XMLStreamException {
    return OaiPmhResponseReader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), listener);
  }

  Paper paper(String id) {
    return records.stream().filter(r -> r.paperId().equals(id)).findFirst().orElseThrow().paper();
  }

  @Test
  void theRealListRecordsPageOfSetCsGivesAll46PapersWithTheirArxivFields() throws Exception {
    var env = read("invenio_sample_arxiv_response_listrecords_cs.xml");

    assertThat(records).hasSize(46);
    assertThat(rejects).isEmpty();
    assertThat(env.responseDate()).isEqualTo("2016-01-18T15:33:12Z");
    assertThat(env.isError()).isFalse();
    assertThat(env.token()).isNull();
    Paper p = paper("1101.4388");
    assertThat(p.title()).isEqualTo("Reproducing Kernel Banach Spaces with the l1 Norm");
    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("Guohui Song", "Haizhang Zhang", "Fred J. Hickernell");
    assertThat(p.categories()).containsExactly("stat.ML", "cs.LG", "math.FA");
    assertThat(p.primaryCategory()).isEqualTo("stat.ML");
    assertThat(p.doi()).isEqualTo("10.1016/j.acha.2012.03.009");
    assertThat(p.journalRef()).isEqualTo("Appl. Comput. Harmon. Anal., 34:96-116, 2013");
    assertThat(p.comments()).isEqualTo("28 pages, an extra section was added");
    assertThat(p.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2011-01-23T00:00:00Z"));
    assertThat(p.updatedAt()).isEqualTo(Instant.parse("2012-03-28T00:00:00Z"));
    assertThat(p.versions())
        .containsExactly(new PaperVersion(1, Instant.parse("2011-01-23T00:00:00Z")));
    assertThat(p.abstractText())
        .startsWith(
            "Targeting at sparse learning, we construct Banach spaces B of functions on"
                + " an input space X")
        .doesNotContain("\n");
    assertThat(paper("1111.1546").authors())
        .extracting(Author::name)
        .containsExactly("Tobias Brunsch", "Heiko Röglin");
    assertThat(records).allSatisfy(r -> assertThat(r.setSpecs()).containsExactly("cs"));
  }

  @Test
  void theRealGetRecordInArxivFormatIsRead() throws Exception {
    read("invenio_sample_arxiv_response.xml");

    Paper p = paper("1507.03011");
    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("J. E. Young", "Rachel Kuzio de Naray", "Sharon X. Wang");
    assertThat(p.categories()).containsExactly("astro-ph.GA");
    assertThat(p.comments()).isEqualTo("13 pages, 7 figures");
    assertThat(records.get(0).setSpecs()).containsExactly("physics:astro-ph");
  }

  @Test
  void theRealOaiDcRecordKeepsUtf8NamesAndSplitsAbstractFromComment() throws Exception {
    read("invenio_sample_arxiv_response_utf8.xml");

    Paper p = paper("1207.1019");
    assertThat(p.title()).isEqualTo("PAC-Bayesian Majority Vote for Late Classifier Fusion");
    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("Emilie Morvant", "Amaury Habrard", "Stéphane Ayache");
    assertThat(p.abstractText())
        .startsWith("A lot of attention has been devoted to multimedia indexing")
        .endsWith("with experiments on a real image benchmark.");
    assertThat(p.comments()).isEqualTo("7 pages, Research report");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2012-07-04T00:00:00Z"));
    assertThat(records.get(0).setSpecs()).containsExactly("cs", "stat");
  }

  @Test
  void theRealOaiDcListPageCarriesItsResumptionToken() throws Exception {
    var env = read("listrecords_oai_dc_set-cs_2024-01-25_atomiklabs.xml");

    assertThat(records).hasSize(5);
    assertThat(env.token()).isEqualTo(new ResumptionToken("6960524|1001", 1162L, 0L));
    assertThat(env.token().hasNext()).isTrue();
    Paper p = paper("1303.2033");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2013-03-08T00:00:00Z"));
    assertThat(p.updatedAt()).isEqualTo(Instant.parse("2024-01-23T00:00:00Z"));
    assertThat(p.authors()).extracting(Author::name).containsExactly("Vilnis Liepins");
  }

  @Test
  void anArxivRawRecordGivesEveryVersionWithItsDateAndTheSubmitter() throws Exception {
    readText(
        """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <GetRecord><record><header><identifier>oai:arXiv.org:0704.0001</identifier><datestamp>2008-11-13</datestamp>
        <setSpec>physics:hep-ph</setSpec></header><metadata>
        <arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/"><id>0704.0001</id><submitter>Pavel Nadolsky</submitter>
        <version version="v1"><date>Mon, 2 Apr 2007 19:18:42 GMT</date><size>424kb</size><source_type>D</source_type></version>
        <version version="v2"><date>Tue, 24 Jul 2007 20:10:27 GMT</date><size>424kb</size><source_type>D</source_type></version>
        <title>Calculation of prompt diphoton production cross sections at Tevatron and
          LHC energies</title><authors>C. Bal\u00e1zs, E. L. Berger, P. M. Nadolsky and C.-P. Yuan</authors>
        <categories>hep-ph</categories><comments>37 pages, 15 figures; published version</comments>
        <report-no>ANL-HEP-PR-07-12</report-no><journal-ref>Phys.Rev.D76:013009,2007</journal-ref>
        <doi>10.1103/PhysRevD.76.013009</doi><abstract>  A fully differential calculation.
        </abstract></arXivRaw></metadata></record></GetRecord></OAI-PMH>
        """);

    Paper p = paper("0704.0001");
    assertThat(p.versions())
        .containsExactly(
            new PaperVersion(1, Instant.parse("2007-04-02T19:18:42Z")),
            new PaperVersion(2, Instant.parse("2007-07-24T20:10:27Z")));
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2007-04-02T19:18:42Z"));
    assertThat(p.updatedAt()).isEqualTo(Instant.parse("2007-07-24T20:10:27Z"));
    assertThat(p.submitter()).isEqualTo("Pavel Nadolsky");
    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan");
    assertThat(p.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(p.reportNo()).isEqualTo("ANL-HEP-PR-07-12");
  }

  @Test
  void aDeletedRecordIsReportedWithoutMetadataAndAnOldStyleIdIsKept() throws Exception {
    readText(
        """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <ListRecords><record><header status="deleted"><identifier>oai:arXiv.org:hep-th/9901001</identifier>
        <datestamp>2026-11-20</datestamp><setSpec>physics:hep-th</setSpec></header></record>
        <resumptionToken cursor="0" completeListSize="1"/></ListRecords></OAI-PMH>
        """);

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.paperId()).isEqualTo("hep-th/9901001");
              assertThat(r.deleted()).isTrue();
              assertThat(r.paper()).isNull();
            });
  }

  @Test
  void aRecordWithoutTitleIsRejectedWithTheReasonAndTheOthersAreKept() throws Exception {
    readText(
        """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <ListRecords>
        <record><header><identifier>oai:arXiv.org:2611.00001</identifier><datestamp>2026-11-20</datestamp></header>
        <metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>2611.00001</id><created>2026-11-02</created>
        <abstract>no title here</abstract></arXiv></metadata></record>
        <record><header><identifier>oai:arXiv.org:2611.00002</identifier><datestamp>2026-11-20</datestamp></header>
        <metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>2611.00002</id><created>2026-13-45</created>
        <title>Bad date</title></arXiv></metadata></record>
        <record><header><identifier>oai:arXiv.org:2611.00003</identifier><datestamp>2026-11-20</datestamp></header>
        <metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>2611.00003</id><created>2026-11-02</created>
        <title>Fine</title></arXiv></metadata></record>
        </ListRecords></OAI-PMH>
        """);

    assertThat(records).extracting(OaiRecord::paperId).containsExactly("2611.00003");
    assertThat(rejects)
        .containsExactly(
            "oai:arXiv.org:2611.00001: paper 2611.00001: no title",
            "oai:arXiv.org:2611.00002: paper 2611.00002: unparseable created date '2026-13-45'");
  }

  @Test
  void anOaiErrorIsReturnedWithItsCode() throws Exception {
    var env =
        readText(
            """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <request verb="ListRecords">http://export.arxiv.org/oai2</request>
        <error code="noRecordsMatch">The combination of the values of the from, until, set and metadataPrefix
        arguments results in an empty list.</error></OAI-PMH>
        """);

    assertThat(env.errorCode()).isEqualTo("noRecordsMatch");
    assertThat(env.errorMessage()).contains("results in an empty list");
  }

  @Test
  void identifySaysNameGranularityAndDeletionPolicy() throws Exception {
    var env =
        readText(
            """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T00:00:00Z</responseDate>
        <Identify><repositoryName>arXiv</repositoryName><baseURL>https://oaipmh.arxiv.org/oai</baseURL>
        <protocolVersion>2.0</protocolVersion><adminEmail>help@arxiv.org</adminEmail>
        <earliestDatestamp>2007-05-23</earliestDatestamp><deletedRecord>persistent</deletedRecord>
        <granularity>YYYY-MM-DD</granularity></Identify></OAI-PMH>
        """);

    assertThat(env.identity())
        .isEqualTo(
            new OaiIdentity(
                "arXiv", "https://oaipmh.arxiv.org/oai", "YYYY-MM-DD", "2007-05-23", "persistent"));
  }

  @Test
  void somethingThatIsNotOaiPmhIsRefusedByName() {
    assertThatThrownBy(() -> readText("<html><body>Service unavailable</body></html>"))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("not an OAI-PMH response: the root element is <html>");
  }

  @Test
  void aRecordWithATitlePastTheFieldLimitIsRejectedAndTheNextIsRead() throws Exception {
    // security review, item 8: a 200 MB <title> once ended the harvest with OutOfMemoryError
    String huge = "A".repeat(SafeXml.MAX_TEXT + 1);
    readText(
        "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
            + "<responseDate>2026-11-21T00:00:00Z</responseDate><ListRecords>"
            + oversizable("2611.00001", huge)
            + oversizable("2611.00002", "Small and fine")
            + "</ListRecords></OAI-PMH>");
    assertThat(rejects)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .startsWith("oai:arXiv.org:2611.00001: ")
                    .contains("<title> is longer than 1000000 characters"));
    assertThat(records).extracting(OaiRecord::paperId).containsExactly("2611.00002");
  }

  private static String oversizable(String id, String title) {
    return "<record><header><identifier>oai:arXiv.org:"
        + id
        + "</identifier><datestamp>2026-11-20</datestamp></header><metadata>"
        + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>"
        + id
        + "</id><created>2026-11-19</created><authors><author><keyname>Doe</keyname>"
        + "<forenames>Jane</forenames></author></authors><title>"
        + title
        + "</title><categories>cs.LG</categories><abstract>Short.</abstract></arXiv>"
        + "</metadata></record>";
  }
}
