package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.SearchHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one search's ranked hits into results: fetches their papers and highlights title and
 * abstract, each paper once. A hybrid search prepares its keyword hits while the query is still
 * being embedded, so after fusion only the papers that vectors brought in are left to fetch.
 */
final class HitDecorator {
  private final PaperRepository papers;
  private final Highlighter highlighter;
  private final Set<String> terms;
  private final Map<String, SearchHit> prepared = new HashMap<>();

  HitDecorator(PaperRepository papers, Highlighter highlighter, Set<String> terms) {
    this.papers = papers;
    this.highlighter = highlighter;
    this.terms = terms;
  }

  /** Fetches and highlights the hits not prepared yet (unknown papers are skipped). */
  void prepare(List<PaperIndex.Hit> hits) {
    List<String> missing = new ArrayList<>();
    for (PaperIndex.Hit h : hits) {
      if (!prepared.containsKey(h.id())) {
        missing.add(h.id());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<String, Paper> found = papers.findAll(missing);
    for (String id : missing) {
      Paper p = found.get(id);
      prepared.put(
          id,
          p == null
              ? null
              : new SearchHit(
                  p,
                  0f,
                  highlighter.full(IndexFields.TITLE, p.title(), terms),
                  highlighter.snippet(IndexFields.ABSTRACT, p.abstractText(), terms)));
    }
  }

  /** The results of these hits, in order, with their scores; papers gone since are left out. */
  List<SearchHit> results(List<PaperIndex.Hit> hits) {
    prepare(hits);
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (PaperIndex.Hit h : hits) {
      SearchHit s = prepared.get(h.id());
      if (s != null) {
        out.add(new SearchHit(s.paper(), h.score(), s.titleHtml(), s.snippetHtml()));
      }
    }
    return out;
  }
}
