package dev.quire.mydata;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Papers as CSL-JSON items (the Citation Style Language's data format, read by Zotero, Pandoc and
 * citeproc): arXiv preprints as {@code article} with {@code archive} arXiv and the arXiv id as
 * {@code number}; author names split at the last space into given and family (a single word is a
 * {@code literal} name).
 */
final class CslJson {
  private CslJson() {}

  static Map<String, Object> item(Paper p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "arXiv:" + p.id());
    m.put("type", "article");
    m.put("title", p.title());
    List<Map<String, String>> authors = new ArrayList<>();
    for (Author a : p.authors()) {
      authors.add(name(a.name()));
    }
    if (!authors.isEmpty()) {
      m.put("author", authors);
    }
    if (p.publishedAt() != null) {
      ZonedDateTime d = p.publishedAt().atZone(ZoneOffset.UTC);
      m.put(
          "issued",
          Map.of(
              "date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))));
    }
    m.put("abstract", p.abstractText());
    m.put("archive", "arXiv");
    m.put("number", p.id());
    m.put("URL", p.absUrl());
    if (p.doi() != null && !p.doi().isBlank()) {
      m.put("DOI", p.doi());
    }
    return m;
  }

  static Map<String, String> name(String full) {
    String n = full.strip();
    int space = n.lastIndexOf(' ');
    if (space < 0) {
      return Map.of("literal", n);
    }
    return Map.of("family", n.substring(space + 1), "given", n.substring(0, space));
  }
}
