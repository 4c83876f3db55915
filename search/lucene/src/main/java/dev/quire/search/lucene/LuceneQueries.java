package dev.quire.search.lucene;

import dev.quire.search.SearchQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into Lucene queries: BM25 over title + abstract as one field (as
 * published Lucene BM25 baselines score), with a light extra weight for title and author matches;
 * and filters. See docs/decisions.md §9.
 */
final class LuceneQueries {
  /**
   * Weights of each field's BM25 score in the keyword score.
   *
   * @param text title + abstract as one field
   * @param title the title alone (on top of its share of {@code text})
   * @param abstractText the abstract alone
   * @param authors author names
   */
  record Weights(float text, float title, float abstractText, float authors) {
    /** The ranking setup (tuned on the SciFact training split, see docs/benchmarks.md). */
    static final Weights DEFAULT = new Weights(1f, 0.2f, 0f, 0.5f);
  }

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final Weights weights;

  LuceneQueries(Analyzer analyzer) {
    this(analyzer, Weights.DEFAULT);
  }

  LuceneQueries(Analyzer analyzer, Weights weights) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.weights = weights;
  }

  /**
   * The BM25 query of the words and phrases (phrases required), or null when there are none to
   * match.
   */
  Query text(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    String words = q.keywords();
    if (!words.isEmpty()) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      boolean anyField = false;
      anyField |= addField(fields, IndexFields.TEXT, words, weights.text());
      anyField |= addField(fields, IndexFields.TITLE, words, weights.title());
      anyField |= addField(fields, IndexFields.ABSTRACT, words, weights.abstractText());
      anyField |= addField(fields, IndexFields.AUTHORS, words, weights.authors());
      if (anyField) {
        b.add(fields.build(), Occur.MUST);
        any = true;
      }
    }
    for (String phrase : q.phrases()) {
      Query p = phrase(phrase);
      if (p != null) {
        b.add(p, Occur.MUST);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  /**
   * Papers with every word (in title, abstract or authors) and every phrase, or null when the query
   * has no searchable word or phrase. Stop words are not required.
   */
  Query allWords(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : q.keywords().split(" ")) {
      Query text = word.isEmpty() ? null : builder.createBooleanQuery(IndexFields.TEXT, word);
      if (text == null) {
        continue; // a stop word
      }
      Query author = builder.createBooleanQuery(IndexFields.AUTHORS, word);
      BooleanQuery.Builder either = new BooleanQuery.Builder().add(text, Occur.SHOULD);
      if (author != null) {
        either.add(author, Occur.SHOULD);
      }
      b.add(either.build(), Occur.MUST);
      clauses++;
    }
    for (String phrase : q.phrases()) {
      Query p = phrase(phrase);
      if (p != null) {
        b.add(p, Occur.MUST);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  /** Number of distinct searchable (non stop) words in the query's free text. */
  int wordCount(SearchQuery q) {
    return terms(IndexFields.TEXT, q.keywords()).size();
  }

  private boolean addField(BooleanQuery.Builder b, String field, String words, float boost) {
    if (boost <= 0) {
      return false;
    }
    Query q = builder.createBooleanQuery(field, words, Occur.SHOULD);
    if (q == null) {
      return false;
    }
    b.add(new BoostQuery(q, boost), Occur.SHOULD);
    return true;
  }

  /** The phrase in title, abstract or authors; null when it has no searchable words. */
  Query phrase(String phrase) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    String[] fields = {
      IndexFields.TEXT, IndexFields.TITLE, IndexFields.ABSTRACT, IndexFields.AUTHORS
    };
    float[] boosts = {weights.text(), weights.title(), weights.abstractText(), weights.authors()};
    for (int i = 0; i < fields.length; i++) {
      if (boosts[i] <= 0) {
        continue;
      }
      Query q = builder.createPhraseQuery(fields[i], phrase);
      if (q != null) {
        b.add(new BoostQuery(q, boosts[i]), Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  /** The filters (phrases included when {@code withPhrases}) as one query, or null when none. */
  Query filter(SearchQuery q, boolean withPhrases) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (String author : q.authors()) {
      Query a = builder.createPhraseQuery(IndexFields.AUTHORS, author);
      b.add(a == null ? new MatchAllDocsQuery() : a, Occur.FILTER);
      any = true;
    }
    if (!q.categories().isEmpty()) {
      b.add(anyOf(IndexFields.CATEGORY, q.categories()), Occur.FILTER);
      any = true;
    }
    if (!q.organizations().isEmpty()) {
      b.add(anyOf(IndexFields.ORGANIZATION, q.organizations()), Occur.FILTER);
      any = true;
    }
    if (q.after() != null || q.before() != null) {
      long from = q.after() == null ? IndexFields.NO_DATE + 1 : q.after().toEpochDay();
      long to = q.before() == null ? Long.MAX_VALUE : q.before().toEpochDay() - 1;
      b.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
      any = true;
    }
    if (withPhrases) {
      for (String phrase : q.phrases()) {
        Query p = phrase(phrase);
        if (p != null) {
          b.add(p, Occur.FILTER);
          any = true;
        }
      }
    }
    return any ? b.build() : null;
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    return b.build();
  }

  /** The query and filter as one query that matches every filtered paper when there is no text. */
  static Query combine(Query text, Query filter) {
    if (filter == null) {
      return text == null ? new MatchAllDocsQuery() : text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
    b.add(filter, Occur.FILTER);
    return b.build();
  }

  /** The analysed terms of a text in a field, for highlighting. */
  Set<String> terms(String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
