package dev.quire.feed;

import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Paper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 (RFC 4287) feed of featured papers: one entry per paper, linking to its Quire
 * page, with its authors, abstract (after the AI summary when there is one) and arXiv categories.
 */
public final class AtomFeedWriter {
  /** The Atom namespace. */
  public static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private static final String ARXIV_CATEGORY_SCHEME = "http://arxiv.org/schemas/atom";

  private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

  /** The feed as UTF-8 bytes; a paper listed twice gets one entry, at its first place. */
  public byte[] write(FeedInfo feed, List<FeaturedPaper> papers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + papers.size() * 2048);
    write(feed, papers, out);
    return out.toByteArray();
  }

  /** Writes the feed as UTF-8 to {@code out}, which is left open. */
  public void write(FeedInfo feed, List<FeaturedPaper> papers, OutputStream out) {
    try {
      XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM_NS);
      text(w, "id", feed.id());
      text(w, "title", feed.title());
      text(w, "updated", updated(feed, papers).toString());
      link(w, "self", "application/atom+xml", feed.selfUrl());
      link(w, "alternate", "text/html", feed.alternateUrl());
      w.writeStartElement("author");
      text(w, "name", feed.authorName());
      w.writeEndElement();
      text(w, "generator", "Quire");
      Set<String> written = new HashSet<>();
      for (FeaturedPaper f : papers) {
        if (written.add(f.paper().id())) {
          entry(w, feed, f);
        }
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the Atom feed " + feed.id(), e);
    }
  }

  private static void entry(XMLStreamWriter w, FeedInfo feed, FeaturedPaper f)
      throws XMLStreamException {
    Paper p = f.paper();
    String url = feed.paperUrlPrefix() + p.id();
    w.writeStartElement("entry");
    text(w, "id", url);
    text(w, "title", p.title());
    text(w, "updated", entryUpdated(f).toString());
    text(w, "published", featuredAt(f.entry()).toString());
    link(w, "alternate", "text/html", url);
    link(w, "related", "text/html", p.absUrl());
    for (Author a : p.authors()) {
      w.writeStartElement("author");
      text(w, "name", a.name());
      w.writeEndElement();
    }
    w.writeStartElement("summary");
    w.writeAttribute("type", "text");
    w.writeCharacters(XmlText.clean(summary(p)));
    w.writeEndElement();
    for (String category : p.categories()) {
      w.writeEmptyElement("category");
      w.writeAttribute("term", XmlText.clean(category));
      w.writeAttribute("scheme", ARXIV_CATEGORY_SCHEME);
    }
    w.writeEndElement();
  }

  /** The newest entry's {@code updated}, or the feed's fallback when it has no entry. */
  static Instant updated(FeedInfo feed, List<FeaturedPaper> papers) {
    Instant newest = null;
    for (FeaturedPaper f : papers) {
      Instant u = entryUpdated(f);
      if (newest == null || u.isAfter(newest)) {
        newest = u;
      }
    }
    return newest == null ? feed.emptyUpdated() : newest;
  }

  /** When the paper was featured, or its later arXiv update. */
  static Instant entryUpdated(FeaturedPaper f) {
    Instant featured = featuredAt(f.entry());
    Instant arxiv = f.paper().updatedAt();
    return arxiv != null && arxiv.isAfter(featured) ? arxiv : featured;
  }

  static Instant featuredAt(DailyEntry e) {
    return e.submittedAt() != null
        ? e.submittedAt()
        : e.featuredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static String summary(Paper p) {
    if (p.aiSummary() == null || p.aiSummary().isBlank()) {
      return p.abstractText();
    }
    return "TL;DR: " + p.aiSummary().strip() + "\n\n" + p.abstractText();
  }

  private static void text(XMLStreamWriter w, String element, String value)
      throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(XmlText.clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String type, String href)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", XmlText.clean(href));
  }
}
