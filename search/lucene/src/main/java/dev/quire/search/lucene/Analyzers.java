package dev.quire.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the index: English stemming for text, folded exact words for names. */
final class Analyzers {
  private Analyzers() {}

  /** Lower-cased, accent-folded words without stemming: "Müller" matches "muller". */
  static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream sink = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, sink);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }

  /**
   * English (stemmed, stop words removed) for title and abstract, folded exact words for authors
   * and the spelling dictionary.
   */
  static Analyzer index() {
    Analyzer english = new EnglishAnalyzer();
    NameAnalyzer names = new NameAnalyzer();
    return new PerFieldAnalyzerWrapper(
        english, Map.of(IndexFields.AUTHORS, names, IndexFields.SPELL, names));
  }
}
