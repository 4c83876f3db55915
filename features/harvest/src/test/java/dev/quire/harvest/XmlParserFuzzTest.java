package dev.quire.harvest;

import dev.quire.testing.Mutator;
import dev.quire.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feeds seeded mutants of the real OAI-PMH and arXiv Atom responses to their parsers: each mutant
 * is parsed, or refused with an XML error the harvester reports; nothing else escapes, nothing
 * hangs.
 */
class XmlParserFuzzTest {
  static final int MUTANTS = 2000;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "arxiv/oai-pmh/invenio_sample_arxiv_response_listrecords_cs.xml, 1",
    "arxiv/oai-pmh/listrecords_oai_dc_set-cs_2024-01-25_atomiklabs.xml, 2",
    "arxiv/oai-pmh/invenio_sample_arxiv_response_utf8.xml, 3"
  })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void mutatedOaiPmhPagesAreParsedOrRefusedWithAnXmlError(String file, long seed)
      throws IOException {
    byte[] original = Files.readAllBytes(SharedData.require(file));
    Mutator mutator = new Mutator(seed);
    OaiPmhResponseReader.RecordListener ignore =
        new OaiPmhResponseReader.RecordListener() {
          @Override
          public void record(OaiRecord record) {}

          @Override
          public void reject(String identifier, String reason) {}
        };
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant = mutator.mutate(original);
      try {
        OaiPmhResponseReader.read(new ByteArrayInputStream(mutant), ignore);
      } catch (XMLStreamException | HarvestException expected) {
        // a refused page: the harvester reports it and retries or stops with this message
      } catch (RuntimeException e) {
        throw new AssertionError(
            "mutant " + i + " of " + file + " (seed " + seed + ") escaped the parser", e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "arxiv/atom-api/api_query_all-nicotine_new-format_2026-07_saeedrafsharx.xml, 4",
    "arxiv/atom-api/api_query_cs.RO-neural_legacy-format_2025-10_james-akl.xml, 5"
  })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void mutatedAtomApiResponsesAreParsedOrRefusedWithAnXmlError(String file, long seed)
      throws IOException {
    byte[] original = Files.readAllBytes(SharedData.require(file));
    Mutator mutator = new Mutator(seed);
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant = mutator.mutate(original);
      try {
        ArxivAtomParser.parse(new ByteArrayInputStream(mutant));
      } catch (XMLStreamException | HarvestException expected) {
        // refused: `quire add` reports it
      } catch (RuntimeException e) {
        throw new AssertionError(
            "mutant " + i + " of " + file + " (seed " + seed + ") escaped the parser", e);
      }
    }
  }
}
