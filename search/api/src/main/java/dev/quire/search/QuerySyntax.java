package dev.quire.search;

import dev.quire.paper.ArxivId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the search box: {@code "quoted phrases"}, {@code author:}, {@code cat:}, {@code org:},
 * {@code after:} and {@code before:} (YYYY, YYYY-MM or YYYY-MM-DD), and an arXiv id or URL alone.
 * Anything else is free words; only an unreadable date is an error.
 */
public final class QuerySyntax {
  private QuerySyntax() {}

  /**
   * Quoted phrases and filters one query may hold: each becomes a clause per field, and Lucene
   * refuses more than 1,024 clauses (security review, item 12).
   */
  static final int MAX_PHRASES_AND_FILTERS = 24;

  /** Words beyond this many (a pasted abstract is ~250) are left out of the keyword query. */
  static final int MAX_WORDS = 250;

  /** The parsed query; throws {@link IllegalArgumentException} naming a bad date. */
  public static SearchQuery parse(String raw) {
    String q = raw == null ? "" : raw.strip();
    if (!q.isEmpty() && !q.contains(" ")) {
      var id = ArxivId.parse(q);
      if (id.isPresent()) {
        return new SearchQuery(
            "", List.of(), List.of(), List.of(), List.of(), null, null, id.get());
      }
    }
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    LocalDate after = null;
    LocalDate before = null;
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        int end = q.indexOf('"', i + 1);
        String phrase = q.substring(i + 1, end < 0 ? n : end).strip();
        if (!phrase.isEmpty()) {
          phrases.add(phrase);
        }
        i = end < 0 ? n : end + 1;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '"') {
        i++;
      }
      String token = q.substring(start, i);
      int colon = token.indexOf(':');
      String field = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
      boolean known =
          switch (field) {
            case "author", "cat", "org", "after", "before" -> true;
            default -> false;
          };
      if (!known) {
        words.add(token);
        continue;
      }
      String value = token.substring(colon + 1);
      if (value.isEmpty() && i < n && q.charAt(i) == '"') {
        int end = q.indexOf('"', i + 1);
        value = q.substring(i + 1, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
      }
      value = value.strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (field) {
        case "author" -> authors.add(value);
        case "cat" -> cats.add(value.toLowerCase(Locale.ROOT));
        case "org" -> orgs.add(value.toLowerCase(Locale.ROOT));
        case "after" -> after = date(field, value);
        default -> before = date(field, value);
      }
    }
    int filters = phrases.size() + authors.size() + cats.size() + orgs.size();
    if (filters > MAX_PHRASES_AND_FILTERS) {
      throw new IllegalArgumentException(
          "at most "
              + MAX_PHRASES_AND_FILTERS
              + " quoted phrases and author:/cat:/org: filters in one query; got "
              + filters);
    }
    List<String> kept = words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    return new SearchQuery(
        String.join(" ", kept), phrases, authors, cats, orgs, after, before, null);
  }

  /**
   * The first day of the period a date names: {@code after:} keeps papers published on or after it,
   * {@code before:} those published before it ({@code before:2025} ends with 2024-12-31).
   */
  private static LocalDate date(String field, String value) {
    try {
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).atDay(1);
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        field + ": needs a date as YYYY, YYYY-MM or YYYY-MM-DD; got '" + value + "'");
  }
}
