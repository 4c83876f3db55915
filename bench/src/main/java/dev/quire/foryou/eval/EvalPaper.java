package dev.quire.foryou.eval;

import java.time.LocalDate;
import java.util.List;

/** One arXiv listing record as the evaluation reads it. */
record EvalPaper(
    String id, String title, String abstractText, List<String> categories, LocalDate day) {
  String primary() {
    return categories.isEmpty() ? "" : categories.get(0);
  }

  /** The archive of the primary category: cs for cs.CL, cond-mat for cond-mat.str-el. */
  String archive() {
    return archiveOf(primary());
  }

  static String archiveOf(String category) {
    int dot = category.indexOf('.');
    return dot < 0 ? category : category.substring(0, dot);
  }
}
