package dev.quire.search.lucene;

import dev.quire.search.Marks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the query's words in a title or abstract: the text is HTML-escaped and only {@code <mark>}
 * tags are added, so the result is safe to emit unescaped.
 *
 * <p>The index's analyzers work word by word after the standard tokenizer (lower-casing, stop
 * words, possessives, stemming, folding), so the text is only tokenized here and each word's
 * indexed term is looked up in a memo, computed once with the field's analyzer: stemming every word
 * of ten abstracts per search was a tenth of a keyword search's time.
 */
final class Highlighter {
  /** Memo entries kept per field before the memo starts afresh. */
  static final int MEMO_WORDS = 100_000;

  private final Analyzer analyzer;
  private final Analyzer words = new WordsOnly();
  private final Map<String, Map<String, String>> memo = new ConcurrentHashMap<>();

  Highlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The standard tokenizer alone: words with their offsets, as the index's analyzers see them. */
  private static final class WordsOnly extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  }

  /** The whole text, escaped, with matching words marked. */
  String full(String field, String text, Set<String> terms) {
    return Marks.full(text, spans(field, text, terms));
  }

  /** A window of the text around its densest matches, escaped and marked, with ellipses. */
  String snippet(String field, String text, Set<String> terms) {
    return Marks.snippet(text, spans(field, text, terms));
  }

  private List<int[]> spans(String field, String text, Set<String> terms) {
    List<int[]> out = new ArrayList<>();
    if (terms.isEmpty() || text.isEmpty()) {
      return out;
    }
    Map<String, String> known = memo.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
    if (known.size() > MEMO_WORDS) {
      known.clear();
    }
    try (TokenStream ts = words.tokenStream(field, text)) {
      CharTermAttribute word = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String w = word.toString();
        String term = known.get(w);
        if (term == null) {
          term = indexedTerm(field, w);
          known.put(w, term);
        }
        if (terms.contains(term)) {
          out.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The term the index keeps for one word of a field ("" for a stop word). */
  private String indexedTerm(String field, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : "";
      ts.end();
      return out;
    }
  }
}
