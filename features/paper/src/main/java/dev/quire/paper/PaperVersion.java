package dev.quire.paper;

import java.time.Instant;

/**
 * One arXiv version of a paper.
 *
 * @param number version number, 1 for v1
 * @param created when the version was submitted, null when unknown
 */
public record PaperVersion(int number, Instant created) {
  public PaperVersion {
    if (number < 1) {
      throw new IllegalArgumentException("version number must be >= 1, was " + number);
    }
  }
}
