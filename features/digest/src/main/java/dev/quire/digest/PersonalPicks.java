package dev.quire.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * Papers ranked for one reader over a digest's period, each with its reason: the source of the
 * optional "For you" section, passed in by the composition root so that digests need not know how
 * the ranking is made.
 */
public interface PersonalPicks {
  /** No picks for anyone. */
  PersonalPicks NONE = (userId, from, toExclusive, limit) -> List.of();

  /**
   * One suggested paper.
   *
   * @param paperId arXiv id
   * @param reason why, in a few words
   */
  record Pick(String paperId, String reason) {}

  /**
   * At most {@code limit} papers of [from, toExclusive) for the account {@code userId}, best first;
   * empty when the reader has shown no interest yet. Marks nothing as seen.
   */
  List<Pick> picks(String userId, LocalDate from, LocalDate toExclusive, int limit);
}
