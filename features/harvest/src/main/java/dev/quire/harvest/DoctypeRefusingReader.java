package dev.quire.harvest;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** A stream reader that fails on a DOCTYPE declaration instead of passing it on. */
final class DoctypeRefusingReader extends StreamReaderDelegate {
  DoctypeRefusingReader(XMLStreamReader reader) {
    super(reader);
  }

  @Override
  public int next() throws XMLStreamException {
    int e = super.next();
    if (e == XMLStreamConstants.DTD) {
      throw new XMLStreamException(
          "refused a document with a DOCTYPE declaration"
              + " (DTDs and entities are not allowed in arXiv responses)",
          getLocation());
    }
    return e;
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int e = next();
    while (e == XMLStreamConstants.CHARACTERS && isWhiteSpace()
        || e == XMLStreamConstants.SPACE
        || e == XMLStreamConstants.COMMENT
        || e == XMLStreamConstants.PROCESSING_INSTRUCTION) {
      e = next();
    }
    if (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_ELEMENT) {
      throw new XMLStreamException("expected a start or end tag", getLocation());
    }
    return e;
  }
}
