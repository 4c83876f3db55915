package dev.quire.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed saved search: words and {@code "quoted phrases"} that must all occur in the title or the
 * abstract (case-insensitively, as whole words), and {@code cat:} filters of which one must match
 * the paper's arXiv categories ({@code cat:cond-mat} matches every cond-mat.* category).
 *
 * @param text the query as typed, whitespace collapsed
 * @param terms lower-cased words and phrases
 * @param categories lower-cased category filters
 */
public record TopicQuery(String text, List<String> terms, List<String> categories) {
  /** Longest query accepted. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z-]*(\\.[a-z-]+)?");

  public TopicQuery {
    terms = List.copyOf(terms);
    categories = List.copyOf(categories);
  }

  /** Parses a query; the message of the exception names what is wrong with it. */
  public static TopicQuery parse(String raw) {
    String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a topic must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a topic may be at most " + MAX_LENGTH + " characters; got " + text.length());
    }
    List<String> terms = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String phrase = m.group(1);
      String word = m.group(2);
      if (phrase != null) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (!p.isEmpty()) {
          terms.add(p);
        }
      } else if (word.regionMatches(true, 0, "cat:", 0, 4)) {
        String cat = word.substring(4).toLowerCase(Locale.ROOT);
        if (!CATEGORY.matcher(cat).matches()) {
          throw new IllegalArgumentException(
              "'" + word + "' is not an arXiv category filter like cat:cond-mat.str-el or cat:cs");
        }
        categories.add(cat);
      } else {
        String w = word.replace("\"", "").toLowerCase(Locale.ROOT);
        if (!w.isEmpty()) {
          terms.add(w);
        }
      }
    }
    if (terms.isEmpty() && categories.isEmpty()) {
      throw new IllegalArgumentException("topic '" + text + "' has no words and no cat: filter");
    }
    if (terms.size() + categories.size() > 12) {
      throw new IllegalArgumentException("topic '" + text + "' has more than 12 terms");
    }
    return new TopicQuery(text, terms, categories);
  }

  /** True when {@code title} and {@code abstractText} hold every term as whole words. */
  public boolean matchesText(String title, String abstractText) {
    String hay = (title + "\n" + abstractText).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (String t : terms) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])");
      if (!p.matcher(hay).find()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when there is no category filter or one of them matches one of {@code paperCategories}.
   */
  public boolean matchesCategories(List<String> paperCategories) {
    if (categories.isEmpty()) {
      return true;
    }
    for (String have : paperCategories) {
      String c = have.toLowerCase(Locale.ROOT);
      for (String want : categories) {
        if (c.equals(want) || (!want.contains(".") && c.startsWith(want + "."))) {
          return true;
        }
      }
    }
    return false;
  }
}
