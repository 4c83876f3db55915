package dev.quire.harvest;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of adding papers by id through the arXiv API.
 *
 * @param imported papers that were new
 * @param updated stored papers the fetch changed
 * @param unchanged stored papers already up to date
 * @param notFound ids arXiv does not know
 * @param errors messages of the API's error entries
 */
public record AddResult(
    long imported, long updated, long unchanged, List<String> notFound, List<String> errors) {
  public AddResult {
    notFound = List.copyOf(notFound);
    errors = List.copyOf(errors);
  }

  /** The summary printed by {@code quire add}. */
  public String describe() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Added from arXiv: %,d new, %,d updated, %,d unchanged",
                imported,
                updated,
                unchanged));
    if (!notFound.isEmpty()) {
      sb.append(System.lineSeparator())
          .append("Not found on arXiv: ")
          .append(String.join(", ", notFound));
    }
    errors.forEach(e -> sb.append(System.lineSeparator()).append("arXiv API: ").append(e));
    return sb.toString();
  }
}
