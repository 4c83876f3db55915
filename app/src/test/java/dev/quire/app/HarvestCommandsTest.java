package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quire.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestCommandsTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  HttpServer arxiv;
  String oaiUrl;
  String apiUrl;

  @BeforeEach
  void fakeArxiv() throws IOException {
    byte[] list =
        Files.readAllBytes(
            SharedData.require("arxiv/oai-pmh/invenio_sample_arxiv_response_listrecords_cs.xml"));
    byte[] atom =
        Files.readAllBytes(
            SharedData.require(
                "arxiv/atom-api/api_query_all-nicotine_new-format_2026-07_saeedrafsharx.xml"));
    arxiv = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    arxiv.createContext("/oai", ex -> reply(ex, list));
    arxiv.createContext("/api/query", ex -> reply(ex, atom));
    arxiv.start();
    oaiUrl = "http://127.0.0.1:" + arxiv.getAddress().getPort() + "/oai";
    apiUrl = "http://127.0.0.1:" + arxiv.getAddress().getPort() + "/api/query";
  }

  static void reply(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws IOException {
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }

  @AfterEach
  void stop() {
    arxiv.stop(0);
  }

  int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsHarvestAndAdd() {
    assertThat(run("help")).isZero();
    assertThat(out.toString()).contains("harvest").contains("add").contains("bench");
    out.reset();
    assertThat(run("harvest", "--help")).isZero();
    assertThat(out.toString()).contains("--status").contains("--identify").contains("--record");
    out.reset();
    assertThat(run("add", "--help")).isZero();
    assertThat(out.toString()).contains("ID").contains("--url");
  }

  String error(String... args) {
    out.reset();
    err.reset();
    assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    return err.toString().strip();
  }

  @Test
  void harvestStoresTheSetPrintsPagesAndTheStatusShowsIt() {
    assertThat(
            run(
                "harvest",
                "--data",
                dir.toString(),
                "--set",
                "cs",
                "--url",
                oaiUrl,
                "--delay",
                "0"))
        .isZero();
    assertThat(out.toString())
        .contains("Harvest of set cs (arXiv) finished: 1 pages, 46 new, 0 updated");
    assertThat(err.toString()).contains("cs: page 1 stored, 46 records");
    out.reset();

    assertThat(run("harvest", "--status", "--data", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("last datestamp")
        .containsPattern("cs\\s+arXiv\\s+2016-01-18T15:33:12Z\\s+46\\s+" + "2026-\\S+\\s+ok");
  }

  @Test
  void statusBeforeAnyHarvestSaysHowToStartOne() {
    assertThat(run("harvest", "--status", "--data", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("No harvest has run yet. Start one with: quire harvest --set cs");
  }

  @Test
  void addFetchesSeveralIdsAndNamesTheMissingOnes() {
    assertThat(
            run(
                "add",
                "--data",
                dir.toString(),
                "--url",
                apiUrl,
                "1509.01687",
                "arXiv:1206.3474v2",
                "2601.00001"))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("Added from arXiv: 2 new, 0 updated, 0 unchanged")
        .contains("Not found on arXiv: 2601.00001");
  }

  @Test
  void harvestAndAddMistakesAreNamed() {
    assertThat(error("harvest", "--data", dir.toString()))
        .isEqualTo(
            "quire: harvest needs --set (e.g. --set cs, --set physics:hep-th, or --set all for all"
                + " of arXiv) or harvest.sets in the config");
    assertThat(error("harvest", "--data", dir.toString(), "--set", "cs", "--from", "last week"))
        .isEqualTo("quire: from must be a day as YYYY-MM-DD; got 'last week'");
    assertThat(error("harvest", "--data", dir.toString(), "--set", "cs", "--format", "marc"))
        .isEqualTo("quire: metadata format must be one of arXiv, arXivRaw, oai_dc; got 'marc'");
    assertThat(error("harvest", "--data", dir.toString(), "--delay", "-1", "--set", "cs"))
        .isEqualTo("quire: harvest.delay must be seconds from 0 to 3600; got '-1'");
    assertThat(error("harvest", "cs"))
        .isEqualTo("quire: harvest takes options only; got 'cs' (did you mean --set cs?)");
    assertThat(error("add"))
        .isEqualTo("quire: add needs at least one arXiv id, e.g. quire add 2504.08385");
    assertThat(error("add", "12345"))
        .isEqualTo("quire: not an arXiv id: '12345' (expected e.g. 2504.08385 or hep-th/9901001)");
  }
}
