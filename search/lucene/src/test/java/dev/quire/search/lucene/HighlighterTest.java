package dev.quire.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  private final Analyzer analyzer = Analyzers.index();
  private final Highlighter highlighter = new Highlighter(analyzer);

  @Test
  void marksEveryFormOfAStemmedQueryWordAndEscapesTheRest() {
    Set<String> terms = terms(IndexFields.TITLE, "network");
    String html =
        highlighter.full(IndexFields.TITLE, "Networks & the network's <b>networking</b>", terms);
    assertThat(html)
        .isEqualTo(
            "<mark>Networks</mark> &amp; the <mark>network&#39;s</mark> &lt;b&gt;"
                + "<mark>networking</mark>&lt;/b&gt;");
  }

  @Test
  void stopWordsAreNeverMarkedAndAuthorNamesAreFoldedNotStemmed() {
    assertThat(highlighter.full(IndexFields.TITLE, "The cat and the hat", Set.of("cat")))
        .isEqualTo("The <mark>cat</mark> and the hat");
    assertThat(highlighter.full(IndexFields.AUTHORS, "Jürgen Müllers", Set.of("mullers")))
        .isEqualTo("Jürgen <mark>Müllers</mark>");
  }

  @Test
  void marksExactlyTheWordsTheFieldAnalyzerWouldMatchOnRealisticText() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String[] vocabulary = {
      "learning",
      "learned",
      "learns",
      "models",
      "model's",
      "modelling",
      "The",
      "of",
      "graphs",
      "graph",
      "Transformers",
      "transformer",
      "efficient",
      "efficiency",
      "happy",
      "happiness",
      "x-ray",
      "GPT-4",
      "3D",
      "über",
      "naïve",
      "(LLMs)",
      "LLM",
      "data",
      "datasets",
      "is",
      "an"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 5 + rnd.nextInt(60); i < n; i++) {
        text.append(vocabulary[rnd.nextInt(vocabulary.length)])
            .append(rnd.nextInt(5) == 0 ? ", " : " ");
      }
      String field = rnd.nextBoolean() ? IndexFields.ABSTRACT : IndexFields.AUTHORS;
      Set<String> terms =
          terms(
              field,
              vocabulary[rnd.nextInt(vocabulary.length)]
                  + " "
                  + vocabulary[rnd.nextInt(vocabulary.length)]);
      List<String> expected = reference(field, text.toString(), terms);
      List<String> marked = new ArrayList<>();
      Matcher m =
          Pattern.compile("<mark>(.*?)</mark>")
              .matcher(highlighter.full(field, text.toString(), terms));
      while (m.find()) {
        marked.add(m.group(1).replace("&#39;", "'"));
      }
      assertThat(marked)
          .as("seed %d, field %s, text %s, terms %s", seed, field, text, terms)
          .isEqualTo(expected);
    }
  }

  /** The words whose term, analysing the whole text at once, is one of {@code terms}. */
  private List<String> reference(String field, String text, Set<String> terms) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          out.add(text.substring(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private Set<String> terms(String field, String text) {
    return new LinkedHashSet<>(new LuceneQueries(analyzer).terms(field, text));
  }
}
