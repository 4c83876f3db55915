package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An OAI-PMH page with a title far past the field limit (security review, item 8): that record is
 * rejected by name and the records after it are still read.
 */
class OversizedFieldTest {
  @Test
  void aRecordWithAHugeTitleIsRejectedAndTheNextIsRead() throws Exception {
    List<OaiRecord> records = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    String huge = "A".repeat(SafeXml.MAX_TEXT + 1);
    String xml =
        "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
            + "<responseDate>2026-11-21T00:00:00Z</responseDate><ListRecords>"
            + record("2611.00001", huge)
            + record("2611.00002", "Small and fine")
            + "</ListRecords></OAI-PMH>";
    OaiPmhResponseReader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        new OaiPmhResponseReader.RecordListener() {
          @Override
          public void record(OaiRecord record) {
            records.add(record);
          }

          @Override
          public void reject(String identifier, String reason) {
            rejects.add(identifier + ": " + reason);
          }
        });
    assertThat(rejects)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .startsWith("oai:arXiv.org:2611.00001: ")
                    .contains("<title> is longer than 1000000 characters"));
    assertThat(records).extracting(OaiRecord::paperId).containsExactly("2611.00002");
  }

  private static String record(String id, String title) {
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
