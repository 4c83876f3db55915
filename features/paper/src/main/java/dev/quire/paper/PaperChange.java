package dev.quire.paper;

import java.util.Set;

/**
 * One committed change to what pages show of papers.
 *
 * @param paperIds the papers whose rows, counts or daily-list entries changed; empty when only
 *     organisations changed
 */
public record PaperChange(Set<String> paperIds) {
  public PaperChange {
    paperIds = Set.copyOf(paperIds);
  }
}
