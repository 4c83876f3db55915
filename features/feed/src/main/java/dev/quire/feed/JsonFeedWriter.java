package dev.quire.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.paper.Author;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Paper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of featured papers, item for item the
 * same as {@link AtomFeedWriter}'s entries: id and url the paper's page here, external_url its
 * arXiv page, the abstract (after the AI summary) as content_text, authors and arXiv categories as
 * tags. Text is cleaned as for Atom (control characters and lone surrogates dropped), so a hostile
 * title reads the same in both feeds and never breaks the UTF-8 encoder.
 */
public final class JsonFeedWriter {
  /** The version URL every JSON Feed 1.1 document names. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The feed as UTF-8 bytes; {@code feedUrl} is where this JSON document is served (the Atom feed's
   * {@code selfUrl} names the Atom one). A paper listed twice gets one item.
   */
  public byte[] write(FeedInfo feed, String feedUrl, List<FeaturedPaper> papers) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("version", VERSION);
    doc.put("title", XmlText.clean(feed.title()));
    doc.put("home_page_url", feed.alternateUrl());
    doc.put("feed_url", feedUrl);
    doc.put("authors", List.of(Map.of("name", feed.authorName())));
    doc.put("language", "en");
    List<Map<String, Object>> items = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (FeaturedPaper f : papers) {
      if (written.add(f.paper().id())) {
        items.add(item(feed, f));
      }
    }
    doc.put("items", items);
    try {
      return json.writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the JSON feed " + feed.id(), e);
    }
  }

  private static Map<String, Object> item(FeedInfo feed, FeaturedPaper f) {
    Paper p = f.paper();
    String url = feed.paperUrlPrefix() + p.id();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", url);
    item.put("url", url);
    item.put("external_url", p.absUrl());
    item.put("title", XmlText.clean(p.title()));
    item.put("content_text", XmlText.clean(AtomFeedWriter.summary(p)));
    if (p.aiSummary() != null && !p.aiSummary().isBlank()) {
      item.put("summary", XmlText.clean(p.aiSummary().strip()));
    }
    item.put("date_published", AtomFeedWriter.featuredAt(f.entry()).toString());
    item.put("date_modified", AtomFeedWriter.entryUpdated(f).toString());
    List<Map<String, String>> authors = new ArrayList<>();
    for (Author a : p.authors()) {
      authors.add(Map.of("name", XmlText.clean(a.name())));
    }
    if (!authors.isEmpty()) {
      item.put("authors", authors);
    }
    if (!p.categories().isEmpty()) {
      item.put("tags", p.categories().stream().map(XmlText::clean).toList());
    }
    return item;
  }
}
