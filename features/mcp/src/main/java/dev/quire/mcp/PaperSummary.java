package dev.quire.mcp;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A paper as tools return it: id, URLs on this server and arXiv, and the main facts. */
final class PaperSummary {
  /** Abstracts in lists are cut to this many characters; get_paper returns the whole. */
  static final int LIST_ABSTRACT_CHARS = 600;

  private PaperSummary() {}

  static Map<String, Object> of(Paper p, Links links, boolean fullAbstract) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("url", links.paper(p.id()));
    m.put("markdownUrl", links.markdown(p.id()));
    m.put("arxivUrl", p.absUrl());
    m.put("pdfUrl", p.pdfUrl());
    m.put("authors", p.authors().stream().map(Author::name).toList());
    if (p.publishedAt() != null) {
      m.put("publishedAt", p.publishedAt().toString());
    }
    m.put("upvotes", p.upvotes());
    m.put("comments", p.numComments());
    if (!p.categories().isEmpty()) {
      m.put("categories", p.categories());
    }
    if (p.organization() != null) {
      m.put("organization", p.organization());
    }
    if (p.githubRepo() != null) {
      m.put("githubRepo", p.githubRepo());
    }
    if (p.aiSummary() != null && !p.aiSummary().isBlank()) {
      m.put("aiSummary", p.aiSummary());
    }
    String abs = p.abstractText().strip().replaceAll("\\s+", " ");
    if (!fullAbstract && abs.length() > LIST_ABSTRACT_CHARS) {
      abs = abs.substring(0, LIST_ABSTRACT_CHARS) + "…";
    }
    m.put("abstract", abs);
    if (p.withdrawn()) {
      m.put("withdrawn", true);
    }
    return m;
  }

  /** {@code {"papers": [...], "count": n}} plus the given extra fields first. */
  static Map<String, Object> list(List<Paper> papers, Links links, Map<String, Object> extra) {
    Map<String, Object> m = new LinkedHashMap<>(extra);
    List<Map<String, Object>> out = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      out.add(of(p, links, false));
    }
    m.put("count", out.size());
    m.put("papers", out);
    return m;
  }
}
