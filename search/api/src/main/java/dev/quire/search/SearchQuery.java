package dev.quire.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed search: free words, exact phrases and filters, or an arXiv id to jump to.
 *
 * @param text the free words, joined by spaces (may be empty)
 * @param phrases quoted phrases every hit must contain
 * @param authors author names every hit must list (each word of a name must match)
 * @param categories arXiv categories (lower case); a hit lists at least one
 * @param organizations organisation names (lower case); a hit belongs to one
 * @param after published on or after this day, or null
 * @param before published before this day, or null
 * @param arxivId the normalised arXiv id when the whole query is an id or arXiv URL, else null
 */
public record SearchQuery(
    String text,
    List<String> phrases,
    List<String> authors,
    List<String> categories,
    List<String> organizations,
    LocalDate after,
    LocalDate before,
    String arxivId) {

  public SearchQuery {
    text = text == null ? "" : text.strip();
    phrases = List.copyOf(phrases);
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    organizations = List.copyOf(organizations);
  }

  /** A query of free words only. */
  public static SearchQuery words(String text) {
    return new SearchQuery(text, List.of(), List.of(), List.of(), List.of(), null, null, null);
  }

  /** Whether there are words or phrases to rank by (rather than filters only). */
  public boolean hasText() {
    return !text.isEmpty() || !phrases.isEmpty();
  }

  /** Whether any filter restricts the hits. */
  public boolean hasFilters() {
    return !authors.isEmpty()
        || !categories.isEmpty()
        || !organizations.isEmpty()
        || after != null
        || before != null;
  }

  /** A pasted abstract is cut to this many distinct words for keyword ranking. */
  public static final int MAX_KEYWORDS = 128;

  /**
   * The first {@link #MAX_KEYWORDS} distinct words (letters and digits, lower case) of the free
   * text, space-separated: what every engine ranks by keywords, so a pasted abstract stays cheap.
   */
  public String keywords() {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        seen.add(w.toLowerCase(java.util.Locale.ROOT));
        if (seen.size() >= MAX_KEYWORDS) {
          break;
        }
      }
    }
    return String.join(" ", seen);
  }

  /** The words and phrases as one text, for the embedding model. */
  public String semanticText() {
    StringBuilder sb = new StringBuilder(text);
    for (String p : phrases) {
      sb.append(sb.isEmpty() ? "" : " ").append(p);
    }
    return sb.toString();
  }
}
