package dev.quire.harvest;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML readers that are safe on untrusted input: no DTD processing, no external entities,
 * and a document that carries a DOCTYPE is refused outright (so XXE and "billion laughs" documents
 * never expand).
 */
final class SafeXml {
  /**
   * The longest text of one element (title, abstract, author list…) a harvest accepts; a longer one
   * rejects its record (arXiv's longest author lists are about 100,000 characters).
   */
  static final int MAX_TEXT = 1_000_000;

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(
        XMLInputFactory.IS_COALESCING, false); // text arrives in chunks, so text() can bound it
    f.setXMLResolver(
        (publicId, systemId, baseUri, ns) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  /** A reader over {@code in}; the caller closes both. */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    return new DoctypeRefusingReader(FACTORY.createXMLStreamReader(in));
  }

  /**
   * Advances to the next start or end element, refusing a DOCTYPE on the way; returns the event
   * type.
   */
  static int nextTag(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
        return e;
      }
    }
    return XMLStreamConstants.END_DOCUMENT;
  }

  /** Skips the element the reader is positioned on (at its start tag), children included. */
  static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * The text of the element the reader is positioned on (at its start tag), child elements' text
   * included.
   */
  static String text(XMLStreamReader r) throws XMLStreamException {
    String name = r.getLocalName();
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      switch (e) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!tooLong) {
            int n = r.getTextLength();
            if (sb.length() + n > MAX_TEXT) {
              tooLong = true;
              sb.setLength(0);
            } else {
              sb.append(r.getTextCharacters(), r.getTextStart(), n);
            }
          }
        }
        default -> {}
      }
    }
    if (tooLong) { // the element was read to its end, so the caller can go on with the next
      throw new IllegalArgumentException(
          "<" + name + "> is longer than " + MAX_TEXT + " characters; record skipped");
    }
    return sb.toString();
  }

  /** Reads on to the end tag of the enclosing element named {@code name}. */
  static void skipPast(XMLStreamReader r, String name) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(name)) {
        return;
      }
    }
  }
}
