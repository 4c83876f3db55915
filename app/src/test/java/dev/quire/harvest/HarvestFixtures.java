package dev.quire.harvest;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.fakes.SyntheticArxivPages;
import dev.quire.harvest.FakeArxivServer.Reply;
import dev.quire.paper.Paper;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shared pieces of the harvest tests: a Quire pointed at the fake server, canned OAI-PMH answers.
 */
public final class HarvestFixtures {
  private HarvestFixtures() {}

  static Quire open(TestDb db, Path dir, FakeArxivServer server, FakeTime time) {
    Config c = db.config(dir);
    HarvestSettings s = c.harvest().withOaiUrl(server.oaiUrl()).withAtomApiUrl(server.apiUrl());
    return Quire.open(c.with(b -> b.harvest(s)), time, time);
  }

  static HarvestRequest set(String set) {
    return HarvestRequest.parse(set, "arXiv", null, null);
  }

  static List<Paper> everyPaper(Quire q) {
    return q.papers().page(null, 100_000);
  }

  static Reply oaiError(String code, String message) {
    return Reply.xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
            + "<responseDate>2026-11-21T09:00:00Z</responseDate><request>http://export.arxiv.org/oai2</request>"
            + "<error code=\""
            + code
            + "\">"
            + message
            + "</error></OAI-PMH>");
  }

  /** Serves synthetic pages: the first for a request without token, page N for token "bench|N". */
  static Function<Map<String, String>, Reply> pages(SyntheticArxivPages pages) {
    return q -> {
      String token = q.get("resumptionToken");
      int page = token == null ? 0 : Integer.parseInt(token.substring("bench|".length()));
      return Reply.xml(pages.page(page));
    };
  }

  /** A ListRecords page with these records (raw XML) and token. */
  public static Reply page(String responseDate, String token, String... records) {
    return Reply.xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
            + "<responseDate>"
            + responseDate
            + "</responseDate><request>http://export.arxiv.org/oai2</request><ListRecords>"
            + String.join("", records)
            + "<resumptionToken>"
            + (token == null ? "" : token)
            + "</resumptionToken>"
            + "</ListRecords></OAI-PMH>");
  }

  static String deleted(String id) {
    return "<record><header status=\"deleted\"><identifier>oai:arXiv.org:"
        + id
        + "</identifier>"
        + "<datestamp>2026-11-20</datestamp><setSpec>cs</setSpec></header></record>";
  }

  public static String arxivRecord(String id, String title, String created, String updated) {
    return "<record><header><identifier>oai:arXiv.org:"
        + id
        + "</identifier><datestamp>2026-11-20</datestamp>"
        + "<setSpec>cs</setSpec></header><metadata><arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>"
        + id
        + "</id>"
        + "<created>"
        + created
        + "</created>"
        + (updated == null ? "" : "<updated>" + updated + "</updated>")
        + "<authors><author><keyname>Hopper</keyname><forenames>Grace</forenames></author></authors>"
        + "<title>"
        + title
        + "</title><categories>cs.LG</categories><abstract>About "
        + title
        + ".</abstract>"
        + "</arXiv></metadata></record>";
  }
}
