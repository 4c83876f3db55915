package dev.quire.search.lucene;

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
  /** Length of an abstract snippet in characters, before word alignment. */
  static final int SNIPPET_CHARS = 320;

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
    return html(text, spans(field, text, terms), 0, text.length());
  }

  /** A window of the text around its densest matches, escaped and marked, with ellipses. */
  String snippet(String field, String text, Set<String> terms) {
    List<int[]> spans = spans(field, text, terms);
    if (text.length() <= SNIPPET_CHARS) {
      return html(text, spans, 0, text.length());
    }
    int bestStart = 0;
    int bestCount = 0;
    for (int i = 0; i < spans.size(); i++) {
      int count = 0;
      for (int j = i; j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + SNIPPET_CHARS; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = Math.max(0, spans.get(i)[0] - 40);
      }
    }
    int start = bestStart == 0 ? 0 : wordStart(text, bestStart);
    int end = Math.min(text.length(), start + SNIPPET_CHARS);
    end = end == text.length() ? end : wordEnd(text, end);
    return (start > 0 ? "… " : "")
        + html(text, spans, start, end)
        + (end < text.length() ? " …" : "");
  }

  private static int wordStart(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i > 0 && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
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

  private static String html(String text, List<int[]> spans, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from + 32);
    int at = from;
    for (int[] s : spans) {
      if (s[0] < at || s[1] > to) {
        continue;
      }
      escape(sb, text, at, s[0]);
      sb.append("<mark>");
      escape(sb, text, s[0], s[1]);
      sb.append("</mark>");
      at = s[1];
    }
    escape(sb, text, at, to);
    return sb.toString();
  }

  static void escape(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
