package dev.quire.harvest;

import dev.quire.ingest.AuthorListSplitter;
import dev.quire.paper.ArxivId;
import dev.quire.paper.ArxivText;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the {@code <metadata>} content of an arXiv OAI-PMH record into a paper, for the three
 * formats arXiv serves: {@code arXiv} (authors split into names, first and latest version dates),
 * {@code arXivRaw} (every version with its date) and {@code oai_dc} (Dublin Core, the fallback: no
 * categories).
 */
final class ArxivMetadataParser {
  static final String ARXIV_NS = "http://arxiv.org/OAI/arXiv/";
  static final String ARXIV_RAW_NS = "http://arxiv.org/OAI/arXivRaw/";
  static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";

  private ArxivMetadataParser() {}

  /**
   * Reads the metadata element the reader is positioned on (its start tag) to its end, then maps
   * it. XML problems throw {@link XMLStreamException}; a record that cannot be a paper (no title, a
   * bad date) throws {@link IllegalArgumentException} naming the field and value, with the reader
   * past the element.
   */
  static Paper parse(XMLStreamReader r, String headerId) throws XMLStreamException {
    String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
    String name = r.getLocalName();
    Collected c = collect(r);
    if (ARXIV_NS.equals(ns) && name.equals("arXiv")) {
      return fromArxiv(c, headerId);
    }
    if (ARXIV_RAW_NS.equals(ns) && name.equals("arXivRaw")) {
      return fromArxivRaw(c, headerId);
    }
    if (OAI_DC_NS.equals(ns) && name.equals("dc")) {
      return fromDublinCore(c, headerId);
    }
    throw new IllegalArgumentException(
        "unknown metadata format <"
            + name
            + "> in namespace '"
            + ns
            + "'; Quire reads arXiv, arXivRaw and oai_dc");
  }

  /**
   * Leaf texts by element name, authors of the arXiv format, and arXivRaw versions, in document
   * order.
   */
  private static final class Collected {
    final Map<String, List<String>> texts = new HashMap<>();
    final List<Author> authors = new ArrayList<>();
    final List<String[]> versions = new ArrayList<>(); // {label, date}

    String first(String field) {
      List<String> v = texts.get(field);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String field) {
      return texts.getOrDefault(field, List.of());
    }
  }

  private static Collected collect(XMLStreamReader r) throws XMLStreamException {
    Collected c = new Collected();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        switch (local) {
          case "authors" -> {
            if (ARXIV_NS.equals(r.getNamespaceURI())) {
              readAuthors(r, c.authors);
            } else {
              c.texts.computeIfAbsent(local, k -> new ArrayList<>()).add(SafeXml.text(r));
            }
          }
          case "version" -> readVersion(r, c.versions);
          default -> c.texts.computeIfAbsent(local, k -> new ArrayList<>()).add(SafeXml.text(r));
        }
      }
    }
    return c;
  }

  private static void readAuthors(XMLStreamReader r, List<Author> out) throws XMLStreamException {
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (!r.getLocalName().equals("author")) {
        SafeXml.skipElement(r);
        continue;
      }
      String keyname = null;
      String forenames = null;
      String suffix = null;
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "keyname" -> keyname = SafeXml.text(r);
          case "forenames" -> forenames = SafeXml.text(r);
          case "suffix" -> suffix = SafeXml.text(r);
          default -> SafeXml.skipElement(r);
        }
      }
      String name =
          ArxivText.collapse(
              String.join(" ", nonNull(forenames), nonNull(keyname), nonNull(suffix)));
      if (name != null) {
        out.add(Author.named(name));
      }
    }
  }

  private static void readVersion(XMLStreamReader r, List<String[]> out) throws XMLStreamException {
    String label = r.getAttributeValue(null, "version");
    String date = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (r.getLocalName().equals("date")) {
        date = SafeXml.text(r);
      } else {
        SafeXml.skipElement(r);
      }
    }
    out.add(new String[] {label, date});
  }

  private static Paper fromArxiv(Collected c, String headerId) {
    String id = id(c.first("id"), headerId);
    Instant created = day(c.first("created"), id, "created");
    Instant updated = day(c.first("updated"), id, "updated");
    List<String> categories = categories(c.first("categories"));
    return common(c, id)
        .authors(c.authors)
        .categories(categories)
        .primaryCategory(categories.isEmpty() ? null : categories.get(0))
        .versions(created == null ? List.of() : List.of(new PaperVersion(1, created)))
        .publishedAt(created)
        .updatedAt(updated != null ? updated : created)
        .build();
  }

  private static Paper fromArxivRaw(Collected c, String headerId) {
    String id = id(c.first("id"), headerId);
    List<PaperVersion> versions = new ArrayList<>();
    for (String[] v : c.versions) {
      int number =
          ArxivId.version(v[0])
              .filter(n -> n >= 1)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "paper " + id + ": bad version label '" + v[0] + "'"));
      versions.add(new PaperVersion(number, v[1] == null ? null : rfc1123(v[1], id)));
    }
    versions.sort(Comparator.comparingInt(PaperVersion::number));
    List<String> categories = categories(c.first("categories"));
    List<Author> authors =
        AuthorListSplitter.split(c.first("authors")).stream().map(Author::named).toList();
    return common(c, id)
        .authors(authors)
        .categories(categories)
        .primaryCategory(categories.isEmpty() ? null : categories.get(0))
        .submitter(ArxivText.collapse(c.first("submitter")))
        .versions(versions)
        .publishedAt(versions.isEmpty() ? null : versions.get(0).created())
        .updatedAt(versions.isEmpty() ? null : versions.get(versions.size() - 1).created())
        .build();
  }

  private static Paper fromDublinCore(Collected c, String headerId) {
    String id = id(null, headerId);
    String abstractText = null;
    String comments = null;
    for (String d : c.all("description")) {
      String s = d.strip();
      if (s.startsWith("Comment:")) {
        comments = ArxivText.collapse(s.substring("Comment:".length()));
      } else if (abstractText == null) {
        abstractText = d;
      }
    }
    List<Instant> dates = new ArrayList<>();
    for (String d : c.all("date")) {
      dates.add(day(d, id, "date"));
    }
    dates.sort(Comparator.naturalOrder());
    String doi =
        c.all("identifier").stream()
            .map(String::strip)
            .filter(s -> s.startsWith("doi:"))
            .map(s -> s.substring(4))
            .findFirst()
            .orElse(null);
    List<Author> authors =
        c.all("creator").stream()
            .map(ArxivMetadataParser::invertName)
            .filter(n -> n != null)
            .map(Author::named)
            .toList();
    String title = ArxivText.collapse(c.first("title"));
    if (title == null) {
      throw new IllegalArgumentException("paper " + id + ": no title");
    }
    return PaperBuilder.paper(id)
        .title(title)
        .abstractText(ArxivText.abstractText(abstractText))
        .authors(authors)
        .comments(comments)
        .doi(doi)
        .versions(dates.isEmpty() ? List.of() : List.of(new PaperVersion(1, dates.get(0))))
        .publishedAt(dates.isEmpty() ? null : dates.get(0))
        .updatedAt(dates.isEmpty() ? null : dates.get(dates.size() - 1))
        .build();
  }

  /** Fields the arXiv and arXivRaw formats share. */
  private static PaperBuilder common(Collected c, String id) {
    String title = ArxivText.collapse(c.first("title"));
    if (title == null) {
      throw new IllegalArgumentException("paper " + id + ": no title");
    }
    return PaperBuilder.paper(id)
        .title(title)
        .abstractText(ArxivText.abstractText(c.first("abstract")))
        .comments(ArxivText.collapse(c.first("comments")))
        .doi(ArxivText.collapse(c.first("doi")))
        .journalRef(ArxivText.collapse(c.first("journal-ref")))
        .reportNo(ArxivText.collapse(c.first("report-no")))
        .license(ArxivText.collapse(c.first("license")));
  }

  private static String id(String metadataId, String headerId) {
    if (metadataId != null && !metadataId.isBlank()) {
      return ArxivId.parse(metadataId)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "metadata id is not an arXiv id: '" + metadataId.strip() + "'"));
    }
    if (headerId == null) {
      throw new IllegalArgumentException("record has no arXiv id");
    }
    return headerId;
  }

  /** "Morvant, Emilie" becomes "Emilie Morvant"; a name without a comma stays as it is. */
  static String invertName(String dcCreator) {
    String s = ArxivText.collapse(dcCreator);
    if (s == null) {
      return null;
    }
    int comma = s.indexOf(',');
    if (comma < 0) {
      return s;
    }
    String last = s.substring(0, comma).strip();
    String first = s.substring(comma + 1).strip();
    return first.isEmpty() ? last : first + " " + last;
  }

  private static List<String> categories(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.strip().split("\\s+")).filter(x -> !x.isBlank()).toList();
  }

  private static Instant day(String value, String id, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return v.length() > 10
          ? Instant.parse(v)
          : LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "paper " + id + ": unparseable " + field + " date '" + v + "'");
    }
  }

  private static Instant rfc1123(String value, String id) {
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "paper " + id + ": unparseable version date '" + value.strip() + "'");
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
