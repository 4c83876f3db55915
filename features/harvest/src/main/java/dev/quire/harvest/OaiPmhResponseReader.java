package dev.quire.harvest;

import dev.quire.paper.ArxivId;
import dev.quire.paper.Paper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OAI-PMH responses as a stream: records are handed to a listener one by one as they are
 * parsed, so a page of thousands of records is read in constant memory; the envelope (response
 * date, error, resumption token) is returned at the end.
 */
final class OaiPmhResponseReader {
  static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

  private OaiPmhResponseReader() {}

  /** Receives the records of a page as they are read. */
  interface RecordListener {
    /** A record with its metadata as a paper, or a deleted record. */
    void record(OaiRecord record);

    /** A record that could not be read as a paper, with the reason. */
    void reject(String identifier, String reason);
  }

  /**
   * The envelope of a response.
   *
   * @param responseDate the responseDate element
   * @param errorCode the OAI-PMH error code, null when none
   * @param errorMessage the error's text
   * @param token the resumption token of a ListRecords page, null when there is none
   * @param identity what Identify answered, null for other verbs
   */
  record Envelope(
      String responseDate,
      String errorCode,
      String errorMessage,
      ResumptionToken token,
      OaiIdentity identity) {
    boolean isError() {
      return errorCode != null;
    }
  }

  /** Reads a ListRecords, GetRecord or Identify response (or an error) from {@code in}. */
  static Envelope read(InputStream in, RecordListener listener) throws XMLStreamException {
    XMLStreamReader r = SafeXml.open(in);
    try {
      if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT
          || !r.getLocalName().equals("OAI-PMH")) {
        throw new XMLStreamException(
            "not an OAI-PMH response: the root element is <"
                + (r.isStartElement() ? r.getLocalName() : "none")
                + ">");
      }
      String responseDate = null;
      String errorCode = null;
      String errorMessage = null;
      ResumptionToken token = null;
      OaiIdentity identity = null;
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "responseDate" -> responseDate = SafeXml.text(r).strip();
          case "error" -> {
            String code = r.getAttributeValue(null, "code");
            String text = SafeXml.text(r);
            if (errorCode == null) {
              errorCode = code == null ? "unknownError" : code;
              errorMessage = text;
            }
          }
          case "ListRecords", "GetRecord" -> token = readRecords(r, listener);
          case "Identify" -> identity = readIdentify(r);
          default -> SafeXml.skipElement(r);
        }
      }
      return new Envelope(responseDate, errorCode, errorMessage, token, identity);
    } finally {
      r.close();
    }
  }

  private static ResumptionToken readRecords(XMLStreamReader r, RecordListener listener)
      throws XMLStreamException {
    ResumptionToken token = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "record" -> readRecord(r, listener);
        case "resumptionToken" -> {
          Long size = number(r.getAttributeValue(null, "completeListSize"));
          Long cursor = number(r.getAttributeValue(null, "cursor"));
          String value = SafeXml.text(r).strip();
          token = new ResumptionToken(value.isEmpty() ? null : value, size, cursor);
        }
        default -> SafeXml.skipElement(r);
      }
    }
    return token;
  }

  private static void readRecord(XMLStreamReader r, RecordListener listener)
      throws XMLStreamException {
    String identifier = null;
    String datestamp = null;
    boolean deleted = false;
    List<String> sets = new ArrayList<>();
    Paper paper = null;
    String problem = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "header" -> {
          deleted = "deleted".equals(r.getAttributeValue(null, "status"));
          while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "identifier" -> identifier = SafeXml.text(r).strip();
              case "datestamp" -> datestamp = SafeXml.text(r).strip();
              case "setSpec" -> sets.add(SafeXml.text(r).strip());
              default -> SafeXml.skipElement(r);
            }
          }
        }
        case "metadata" -> {
          if (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            boolean parsed = false;
            try {
              paper = ArxivMetadataParser.parse(r, paperId(identifier));
              parsed = true;
            } catch (IllegalArgumentException e) {
              problem = e.getMessage();
            }
            if (parsed) {
              while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                SafeXml.skipElement(r);
              }
            } else { // stopped somewhere inside: go on after </metadata>
              SafeXml.skipPast(r, "metadata");
            }
          }
        }
        default -> SafeXml.skipElement(r);
      }
    }
    String id = paperId(identifier);
    if (id == null) {
      listener.reject(
          String.valueOf(identifier), "header identifier is not an arXiv id: '" + identifier + "'");
    } else if (deleted) {
      listener.record(new OaiRecord(id, datestamp, sets, true, null));
    } else if (paper != null) {
      listener.record(new OaiRecord(paper.id(), datestamp, sets, false, paper));
    } else {
      listener.reject(identifier, problem != null ? problem : "record has no metadata");
    }
  }

  /**
   * "oai:arXiv.org:2504.08385" or "oai:arXiv.org:hep-th/9901001" to the normalised id, else null.
   */
  static String paperId(String oaiIdentifier) {
    if (oaiIdentifier == null) {
      return null;
    }
    String s = oaiIdentifier.strip();
    if (s.startsWith("oai:")) {
      int second = s.indexOf(':', 4);
      s = second < 0 ? s.substring(4) : s.substring(second + 1);
    }
    return ArxivId.parse(s).orElse(null);
  }

  private static OaiIdentity readIdentify(XMLStreamReader r) throws XMLStreamException {
    String name = null;
    String baseUrl = null;
    String granularity = null;
    String earliest = null;
    String deleted = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "repositoryName" -> name = SafeXml.text(r).strip();
        case "baseURL" -> baseUrl = SafeXml.text(r).strip();
        case "granularity" -> granularity = SafeXml.text(r).strip();
        case "earliestDatestamp" -> earliest = SafeXml.text(r).strip();
        case "deletedRecord" -> deleted = SafeXml.text(r).strip();
        default -> SafeXml.skipElement(r);
      }
    }
    return new OaiIdentity(name, baseUrl, granularity, earliest, deleted);
  }

  private static Long number(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
