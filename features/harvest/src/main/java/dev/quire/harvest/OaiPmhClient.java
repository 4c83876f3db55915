package dev.quire.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.xml.stream.XMLStreamException;

/**
 * Speaks OAI-PMH to one repository (arXiv's by default): Identify, ListRecords (first page or by
 * resumption token) and GetRecord, each answered as a streamed {@link
 * OaiPmhResponseReader.Envelope}. OAI-PMH errors come back in the envelope; network and HTTP
 * failures that retries could not cure are thrown.
 */
final class OaiPmhClient {
  private final URI baseUrl;
  private final PoliteHttpClient http;

  OaiPmhClient(URI baseUrl, PoliteHttpClient http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  URI baseUrl() {
    return baseUrl;
  }

  /** Verb Identify. */
  OaiPmhResponseReader.Envelope identify() {
    return fetch(query("verb", "Identify"), NO_RECORDS);
  }

  /**
   * The first ListRecords page of a selective harvest; {@code set}, {@code from}, {@code until} may
   * be null.
   */
  OaiPmhResponseReader.Envelope listRecords(
      String metadataPrefix,
      String set,
      String from,
      String until,
      OaiPmhResponseReader.RecordListener listener) {
    Map<String, String> q = query("verb", "ListRecords");
    q.put("metadataPrefix", metadataPrefix);
    if (from != null) {
      q.put("from", from);
    }
    if (until != null) {
      q.put("until", until);
    }
    if (set != null) {
      q.put("set", set);
    }
    return fetch(q, listener);
  }

  /** A following ListRecords page. */
  OaiPmhResponseReader.Envelope listRecords(
      String resumptionToken, OaiPmhResponseReader.RecordListener listener) {
    Map<String, String> q = query("verb", "ListRecords");
    q.put("resumptionToken", resumptionToken);
    return fetch(q, listener);
  }

  /** Verb GetRecord for one arXiv id. */
  OaiPmhResponseReader.Envelope getRecord(
      String arxivId, String metadataPrefix, OaiPmhResponseReader.RecordListener listener) {
    Map<String, String> q = query("verb", "GetRecord");
    q.put("identifier", "oai:arXiv.org:" + arxivId);
    q.put("metadataPrefix", metadataPrefix);
    return fetch(q, listener);
  }

  /** The request URL for these parameters (also used in messages). */
  URI url(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    String base = baseUrl.toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + j);
  }

  private OaiPmhResponseReader.Envelope fetch(
      Map<String, String> params, OaiPmhResponseReader.RecordListener listener) {
    URI uri = url(params);
    try (InputStream in = http.get(uri)) {
      return OaiPmhResponseReader.read(in, listener);
    } catch (HttpStatusException e) {
      // some repositories send OAI-PMH errors with a 4xx status: read the error when the body holds
      // one
      try {
        OaiPmhResponseReader.Envelope env =
            OaiPmhResponseReader.read(new ByteArrayInputStream(e.body()), NO_RECORDS);
        if (env.isError()) {
          return env;
        }
      } catch (XMLStreamException notOai) {
        // not an OAI-PMH body: report the HTTP status
      }
      throw e;
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw new TransientFetchException(
            "the response of " + uri + " broke off: " + PoliteHttpClient.describe(io), io);
      }
      throw new HarvestException(
          "unreadable XML from " + uri + ": " + e.getMessage().replaceAll("\\s+", " "), e);
    } catch (IOException e) {
      throw new TransientFetchException(
          "the response of " + uri + " broke off: " + PoliteHttpClient.describe(e), e);
    }
  }

  private static Map<String, String> query(String k, String v) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(k, v);
    return m;
  }

  static final OaiPmhResponseReader.RecordListener NO_RECORDS =
      new OaiPmhResponseReader.RecordListener() {
        @Override
        public void record(OaiRecord record) {}

        @Override
        public void reject(String identifier, String reason) {}
      };

  /** A response that broke off mid-body: the same request may be tried again. */
  static final class TransientFetchException extends HarvestException {
    private static final long serialVersionUID = 1L;

    TransientFetchException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
