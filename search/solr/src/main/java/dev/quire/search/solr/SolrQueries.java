package dev.quire.search.solr;

import dev.quire.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns a {@link SearchQuery} into Solr's standard query syntax with the embedded engine's
 * structure (search/lucene LuceneQueries): BM25 over title + abstract as one field with extra
 * weight for title and author matches, required phrases, and filters. Same structure, same analysis
 * (the configset mirrors the analyzers), so the same BM25 scores once the statistics are the
 * collection's (solrconfig's ExactStatsCache).
 */
final class SolrQueries {
  /** Weight of each field's BM25 score, as LuceneQueries.Weights.DEFAULT. */
  static final float TEXT = 1f;

  static final float TITLE = 0.2f;
  static final float AUTHORS = 0.5f;

  /**
   * The English stop words of the configset's StopFilterFactory (Lucene's EnglishAnalyzer set): a
   * stop word is not required in "all the words".
   */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with");

  private SolrQueries() {}

  /** The keyword (BM25) query of the words and phrases (phrases required), or null when none. */
  static String text(SearchQuery q) {
    List<String> must = new ArrayList<>();
    String words = q.keywords();
    if (!words.isEmpty()) {
      must.add(
          "("
              + SolrDocuments.TEXT
              + ":("
              + words
              + ")^"
              + TEXT
              + " "
              + SolrDocuments.TITLE
              + ":("
              + words
              + ")^"
              + TITLE
              + " "
              + SolrDocuments.AUTHORS
              + ":("
              + words
              + ")^"
              + AUTHORS
              + ")");
    }
    for (String phrase : q.phrases()) {
      String p = phrase(phrase);
      if (p != null) {
        must.add(p);
      }
    }
    return must.isEmpty() ? null : required(must);
  }

  /** Papers with every non-stop word (in title, abstract or authors) and every phrase, or null. */
  static String allWords(SearchQuery q) {
    List<String> must = new ArrayList<>();
    for (String word : q.keywords().split(" ")) {
      if (word.isEmpty() || STOP_WORDS.contains(word)) {
        continue;
      }
      must.add(
          "(" + SolrDocuments.TEXT + ":" + word + " " + SolrDocuments.AUTHORS + ":" + word + ")");
    }
    for (String phrase : q.phrases()) {
      String p = phrase(phrase);
      if (p != null) {
        must.add(p);
      }
    }
    return must.isEmpty() ? null : required(must);
  }

  /** Number of distinct non-stop words (the embedded engine counts distinct stems). */
  static int wordCount(SearchQuery q) {
    int n = 0;
    for (String word : q.keywords().split(" ")) {
      if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
        n++;
      }
    }
    return n;
  }

  /** The phrase in the text, title or authors; null when it has no word. */
  static String phrase(String phrase) {
    if (!hasWord(phrase)) {
      return null;
    }
    String quoted = quoted(phrase);
    return "("
        + SolrDocuments.TEXT
        + ":"
        + quoted
        + "^"
        + TEXT
        + " "
        + SolrDocuments.TITLE
        + ":"
        + quoted
        + "^"
        + TITLE
        + " "
        + SolrDocuments.AUTHORS
        + ":"
        + quoted
        + "^"
        + AUTHORS
        + ")";
  }

  /** The filters (phrases too when {@code withPhrases}), one Solr filter query each. */
  static List<String> filters(SearchQuery q, boolean withPhrases) {
    List<String> fq = new ArrayList<>();
    for (String author : q.authors()) {
      if (hasWord(author)) {
        fq.add(SolrDocuments.AUTHORS + ":" + quoted(author));
      }
    }
    if (!q.categories().isEmpty()) {
      fq.add(anyOf(SolrDocuments.CATEGORY, q.categories()));
    }
    if (!q.organizations().isEmpty()) {
      fq.add(anyOf(SolrDocuments.ORGANIZATION, q.organizations()));
    }
    if (q.after() != null || q.before() != null) {
      String from =
          q.after() == null
              ? String.valueOf(SolrDocuments.NO_DATE + 1)
              : "" + q.after().toEpochDay();
      String to = q.before() == null ? "*" : String.valueOf(q.before().toEpochDay() - 1);
      fq.add(SolrDocuments.PUBLISHED + ":[" + from + " TO " + to + "]");
    }
    if (withPhrases) {
      for (String phrase : q.phrases()) {
        String p = phrase(phrase);
        if (p != null) {
          fq.add(p);
        }
      }
    }
    return fq;
  }

  /** The k nearest papers to a vector in the HNSW graph ({@code topK} per shard). */
  static String knn(float[] vector, int k) {
    StringBuilder sb = new StringBuilder(vector.length * 12);
    sb.append("{!knn f=").append(SolrDocuments.VECTOR).append(" topK=").append(k).append("}[");
    for (int i = 0; i < vector.length; i++) {
      sb.append(i == 0 ? "" : ",").append(vector[i]);
    }
    return sb.append(']').toString();
  }

  /** Papers with one of these ids (a filter). */
  static String ids(List<String> ids) {
    StringJoiner j = new StringJoiner(",", "{!terms f=" + SolrDocuments.ID + "}", "");
    ids.forEach(j::add);
    return j.toString();
  }

  /** Not this paper (a filter). */
  static String not(String id) {
    return "-" + SolrDocuments.ID + ":" + quoted(id);
  }

  private static String anyOf(String field, List<String> values) {
    StringJoiner j = new StringJoiner(" OR ", field + ":(", ")");
    values.forEach(v -> j.add(quoted(v)));
    return j.toString();
  }

  private static String required(List<String> clauses) {
    StringJoiner j = new StringJoiner(" ");
    clauses.forEach(c -> j.add("+" + c));
    return j.toString();
  }

  private static boolean hasWord(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** A value as a quoted term or phrase of the standard query syntax. */
  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
