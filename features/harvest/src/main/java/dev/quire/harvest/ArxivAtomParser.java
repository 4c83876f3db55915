package dev.quire.harvest;

import dev.quire.paper.ArxivId;
import dev.quire.paper.ArxivText;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperVersion;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads responses of the arXiv Atom API ({@code /api/query}) in both the legacy and the 2025+
 * layout: each entry becomes a paper with its version (from the id), dates, authors, categories,
 * comment, journal reference and DOI. Entries the API uses to report errors are returned
 * separately.
 */
final class ArxivAtomParser {
  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  static final String ARXIV_NS = "http://arxiv.org/schemas/atom";

  private ArxivAtomParser() {}

  /**
   * The papers of a response, by id, and the error messages it carries.
   *
   * @param papers papers by normalised id, in response order
   * @param errors error entries' messages (e.g. "incorrect id format for 1234")
   */
  record Feed(Map<String, Paper> papers, List<String> errors) {}

  static Feed parse(InputStream in) throws XMLStreamException {
    XMLStreamReader r = SafeXml.open(in);
    try {
      if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT
          || !r.getLocalName().equals("feed")) {
        throw new XMLStreamException(
            "not an arXiv Atom API response: the root element is <"
                + (r.isStartElement() ? r.getLocalName() : "none")
                + ">");
      }
      Map<String, Paper> papers = new LinkedHashMap<>();
      List<String> errors = new ArrayList<>();
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("entry") && ATOM_NS.equals(r.getNamespaceURI())) {
          readEntry(r, papers, errors);
        } else {
          SafeXml.skipElement(r);
        }
      }
      return new Feed(papers, errors);
    } finally {
      r.close();
    }
  }

  private static void readEntry(XMLStreamReader r, Map<String, Paper> papers, List<String> errors)
      throws XMLStreamException {
    String rawId = null;
    String title = null;
    String summary = null;
    String published = null;
    String updated = null;
    String comment = null;
    String journalRef = null;
    String doi = null;
    String primary = null;
    List<String> categories = new ArrayList<>();
    List<Author> authors = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (ARXIV_NS.equals(ns)) {
        switch (name) {
          case "comment" -> comment = SafeXml.text(r);
          case "journal_ref" -> journalRef = SafeXml.text(r);
          case "doi" -> doi = SafeXml.text(r);
          case "primary_category" -> {
            primary = r.getAttributeValue(null, "term");
            SafeXml.skipElement(r);
          }
          default -> SafeXml.skipElement(r);
        }
        continue;
      }
      switch (name) {
        case "id" -> rawId = SafeXml.text(r).strip();
        case "title" -> title = SafeXml.text(r);
        case "summary" -> summary = SafeXml.text(r);
        case "published" -> published = SafeXml.text(r).strip();
        case "updated" -> updated = SafeXml.text(r).strip();
        case "category" -> {
          String term = r.getAttributeValue(null, "term");
          if (term != null && !term.isBlank() && !categories.contains(term.strip())) {
            categories.add(term.strip());
          }
          SafeXml.skipElement(r);
        }
        case "author" -> {
          while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (r.getLocalName().equals("name")) {
              String n = ArxivText.collapse(SafeXml.text(r));
              if (n != null) {
                authors.add(Author.named(n));
              }
            } else {
              SafeXml.skipElement(r);
            }
          }
        }
        default -> SafeXml.skipElement(r);
      }
    }
    if (rawId == null || rawId.contains("/api/errors")) {
      errors.add(ArxivText.collapse(summary != null ? summary : "error entry " + rawId));
      return;
    }
    String id = ArxivId.parse(rawId).orElse(null);
    String cleanTitle = ArxivText.collapse(title);
    if (id == null || cleanTitle == null) {
      errors.add("entry " + rawId + " has " + (id == null ? "no arXiv id" : "no title"));
      return;
    }
    if (primary != null && !primary.isBlank()) {
      categories.remove(primary);
      categories.add(0, primary);
    }
    Instant publishedAt;
    Instant updatedAt;
    try {
      publishedAt = instant(published, id, "published");
      updatedAt = instant(updated, id, "updated");
    } catch (IllegalArgumentException e) {
      errors.add(e.getMessage());
      return;
    }
    int version = ArxivId.version(rawId).orElse(1);
    List<PaperVersion> versions = new ArrayList<>();
    if (publishedAt != null) {
      versions.add(new PaperVersion(1, publishedAt));
    }
    if (version > 1) {
      versions.add(new PaperVersion(version, updatedAt));
    }
    Paper p =
        PaperBuilder.paper(id)
            .title(cleanTitle)
            .abstractText(ArxivText.abstractText(summary))
            .authors(authors)
            .categories(categories)
            .primaryCategory(categories.isEmpty() ? null : categories.get(0))
            .comments(ArxivText.collapse(comment))
            .journalRef(ArxivText.collapse(journalRef))
            .doi(ArxivText.collapse(doi))
            .versions(versions)
            .publishedAt(publishedAt)
            .updatedAt(updatedAt != null ? updatedAt : publishedAt)
            .build();
    papers.put(id, p);
  }

  private static Instant instant(String value, String id, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "paper " + id + ": unparseable " + field + " date '" + value.strip() + "'");
    }
  }
}
