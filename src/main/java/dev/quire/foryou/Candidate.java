package dev.quire.foryou;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper that may be recommended, with what ranking needs and nothing more.
 *
 * @param id arXiv id
 * @param title title
 * @param abstractText abstract
 * @param authors author names in order
 * @param categories arXiv categories, primary first
 * @param organization linked organisation name, or null
 * @param day the day it belongs to in the window (featured, else first published)
 * @param upvotes total upvotes
 * @param vector unit-length embedding, or null when the paper has none yet
 */
public record Candidate(
    String id,
    String title,
    String abstractText,
    List<String> authors,
    List<String> categories,
    String organization,
    LocalDate day,
    int upvotes,
    float[] vector) {
  public Candidate {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }

  /** The primary category, or null. */
  public String primaryCategory() {
    return categories.isEmpty() ? null : categories.get(0);
  }
}
