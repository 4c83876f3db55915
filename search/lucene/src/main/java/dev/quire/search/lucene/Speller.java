package dev.quire.search.lucene;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each query word that no paper contains is replaced by the most frequent title
 * word within two edits (Lucene's {@link DirectSpellChecker} over the unstemmed title words).
 */
final class Speller {
  /** Queries with more words than this are passages, never respelt. */
  static final int MAX_WORDS = 8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");

  private final LuceneQueries queries;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Speller(LuceneQueries queries) {
    this.queries = queries;
  }

  /** The respelt free text, or null when every word is known (or none is correctable). */
  String suggest(IndexSearcher s, String text) throws IOException {
    IndexReader reader = s.getIndexReader();
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int words = 0;
    boolean changed = false;
    while (m.find()) {
      if (++words > MAX_WORDS) {
        return null;
      }
      String word = m.group();
      String replacement = null;
      if (word.length() >= checker.getMinQueryLength() && !known(reader, word)) {
        SuggestWord[] found =
            checker.suggestSimilar(
                new Term(IndexFields.SPELL, word.toLowerCase(Locale.ROOT)),
                1,
                reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (found.length > 0) {
          replacement = found[0].string;
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? word : replacement));
    }
    m.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** Whether some paper has the word, in its title, abstract or authors. */
  private boolean known(IndexReader reader, String word) throws IOException {
    if (reader.docFreq(new Term(IndexFields.SPELL, word.toLowerCase(Locale.ROOT))) > 0) {
      return true;
    }
    for (String t : queries.terms(IndexFields.TEXT, word)) {
      if (reader.docFreq(new Term(IndexFields.TEXT, t)) > 0) {
        return true;
      }
    }
    for (String t : queries.terms(IndexFields.AUTHORS, word)) {
      if (reader.docFreq(new Term(IndexFields.AUTHORS, t)) > 0) {
        return true;
      }
    }
    return queries.terms(IndexFields.TEXT, word).isEmpty(); // a stop word
  }
}
