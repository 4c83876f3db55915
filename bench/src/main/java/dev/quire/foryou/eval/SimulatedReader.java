package dev.quire.foryou.eval;

import java.util.List;
import java.util.Set;

/**
 * A reader of the evaluation: the categories they read and the papers they liked.
 *
 * @param categories one category (single-interest) or two from different archives
 * @param liked ids of the liked papers of the first four weeks
 */
record SimulatedReader(List<String> categories, List<String> liked) {
  boolean twoInterest() {
    return categories.size() > 1;
  }

  /** The relevant candidates: those whose primary category is one of the reader's. */
  Set<String> relevant(List<EvalPaper> candidates) {
    return candidates.stream()
        .filter(p -> categories.contains(p.primary()))
        .map(EvalPaper::id)
        .collect(java.util.stream.Collectors.toSet());
  }
}
