package dev.quire.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Fetches papers by arXiv id through the arXiv Atom API, up to 100 ids in one {@code id_list}
 * request, with the same politeness as the harvester.
 */
final class ArxivAtomClient {
  static final int IDS_PER_REQUEST = 100;

  private final URI apiUrl;
  private final PoliteHttpClient http;

  ArxivAtomClient(URI apiUrl, PoliteHttpClient http) {
    this.apiUrl = apiUrl;
    this.http = http;
  }

  /**
   * The papers arXiv has among these normalised ids, and the API's error messages; ids arXiv does
   * not know are absent from the papers.
   */
  ArxivAtomParser.Feed fetch(List<String> ids) {
    Map<String, dev.quire.paper.Paper> papers = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_REQUEST) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + IDS_PER_REQUEST));
      URI uri = url(batch);
      try (InputStream in = http.get(uri)) {
        ArxivAtomParser.Feed feed = ArxivAtomParser.parse(in);
        papers.putAll(feed.papers());
        errors.addAll(feed.errors());
      } catch (XMLStreamException e) {
        throw new HarvestException(
            "unreadable response from the arXiv API at "
                + uri
                + ": "
                + String.valueOf(e.getMessage()).replaceAll("\\s+", " "),
            e);
      } catch (IOException e) {
        throw new HarvestException(
            "the arXiv API response broke off (" + uri + "): " + PoliteHttpClient.describe(e), e);
      }
    }
    return new ArxivAtomParser.Feed(papers, errors);
  }

  URI url(List<String> ids) {
    String base = apiUrl.toString();
    return URI.create(
        base
            + (base.contains("?") ? "&" : "?")
            + "id_list="
            + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8)
            + "&max_results="
            + ids.size());
  }
}
