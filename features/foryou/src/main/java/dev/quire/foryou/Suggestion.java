package dev.quire.foryou;

import java.util.List;

/**
 * One paper For you suggests.
 *
 * @param paperId arXiv id
 * @param score the mixed score (see {@link Weights})
 * @param reasons why, in a few words each; never empty
 * @param isNew true the first time For you shows it to the reader
 */
public record Suggestion(String paperId, double score, List<Reason> reasons, boolean isNew) {
  public Suggestion {
    reasons = List.copyOf(reasons);
  }
}
