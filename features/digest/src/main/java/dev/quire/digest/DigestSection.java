package dev.quire.digest;

import java.util.List;

/**
 * A headed list of papers in a digest mail: the trending papers, or one topic's new papers.
 *
 * @param heading the heading, or null for none
 * @param items the papers
 */
public record DigestSection(String heading, List<DigestItem> items) {
  public DigestSection {
    items = List.copyOf(items);
  }
}
