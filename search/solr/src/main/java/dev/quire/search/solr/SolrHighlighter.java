package dev.quire.search.solr;

import dev.quire.paper.Paper;
import dev.quire.search.Marks;
import dev.quire.search.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the query's words in the titles and abstracts of one page, as the embedded engine does: a
 * word is marked when the collection's analysis (stemming, stop words) makes it one of the query's
 * terms. The analysis runs in Quire (the same chain as the configset's), not as a request.
 */
final class SolrHighlighter {
  /** Between two texts in one analysis request: the tokenizer never joins across it. */
  private static final String GAP = "\n\n";

  private final Analyzer analyzer = new EnglishAnalyzer();

  SolrHighlighter() {}

  /** The papers as hits with marked titles and snippets, scores as given. */
  List<SearchHit> hits(List<Paper> papers, List<Float> scores, String queryText) {
    List<SearchHit> out = new ArrayList<>(papers.size());
    if (papers.isEmpty()) {
      return out;
    }
    StringBuilder all = new StringBuilder();
    int[] starts = new int[papers.size() * 2 + 1];
    for (int i = 0; i < papers.size(); i++) {
      starts[2 * i] = all.length();
      all.append(papers.get(i).title()).append(GAP);
      starts[2 * i + 1] = all.length();
      all.append(papers.get(i).abstractText()).append(GAP);
    }
    starts[papers.size() * 2] = all.length();
    List<int[]> tokens = new ArrayList<>();
    Set<String> terms = new HashSet<>();
    List<String> tokenTerms = new ArrayList<>();
    if (!queryText.isBlank()) {
      analyse(all.toString(), queryText, tokens, tokenTerms, terms);
    }
    int t = 0;
    for (int i = 0; i < papers.size(); i++) {
      List<List<int[]>> spans = List.of(new ArrayList<>(), new ArrayList<>());
      for (int part = 0; part < 2; part++) {
        int from = starts[2 * i + part];
        int to = starts[2 * i + part + 1];
        while (t < tokens.size() && tokens.get(t)[0] < to) {
          int[] tok = tokens.get(t);
          if (tok[0] >= from && terms.contains(tokenTerms.get(t))) {
            spans.get(part).add(new int[] {tok[0] - from, tok[1] - from});
          }
          t++;
        }
      }
      Paper p = papers.get(i);
      out.add(
          new SearchHit(
              p,
              scores.get(i),
              Marks.full(p.title(), spans.get(0)),
              Marks.snippet(p.abstractText(), spans.get(1))));
    }
    return out;
  }

  /**
   * The text's final tokens (offsets and terms) and the query's terms, by the collection's text
   * analysis ({@code text_en} in the configset: standard tokenizer, English possessives, lower
   * case, English stop words, Porter stemming), which is Lucene's {@link EnglishAnalyzer}: run
   * here, no request to Solr.
   */
  private void analyse(
      String text, String query, List<int[]> tokens, List<String> tokenTerms, Set<String> terms) {
    try (TokenStream ts = analyzer.tokenStream(SolrDocuments.TITLE, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new int[] {offset.startOffset(), offset.endOffset()});
        tokenTerms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a String never fails to read
    }
    try (TokenStream ts = analyzer.tokenStream(SolrDocuments.TITLE, query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
