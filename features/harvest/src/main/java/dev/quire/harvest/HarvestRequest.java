package dev.quire.harvest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to harvest: one OAI-PMH set (or all of arXiv) in one metadata format, optionally from/until
 * a day; without {@code from} the run continues from where the last complete run of the set ended.
 *
 * @param set the set spec ('cs', 'math', 'physics:hep-th'), '' for all of arXiv
 * @param metadataPrefix arXiv, arXivRaw or oai_dc
 * @param from first datestamp to harvest, null to continue incrementally
 * @param until last datestamp to harvest, null for up to now
 */
public record HarvestRequest(String set, String metadataPrefix, LocalDate from, LocalDate until) {
  /** The set name that stands for all of arXiv. */
  public static final String ALL = "all";

  /** The metadata formats arXiv serves that Quire reads. */
  public static final List<String> FORMATS = List.of("arXiv", "arXivRaw", "oai_dc");

  private static final Pattern SET =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9._-]+)*");

  public HarvestRequest {
    if (!set.isEmpty() && !SET.matcher(set).matches()) {
      throw new IllegalArgumentException(
          "not an OAI-PMH set: '" + set + "'; use e.g. cs, math, physics:hep-th, or all");
    }
    if (!FORMATS.contains(metadataPrefix)) {
      throw new IllegalArgumentException(
          "metadata format must be one of "
              + String.join(", ", FORMATS)
              + "; got '"
              + metadataPrefix
              + "'");
    }
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("until (" + until + ") is before from (" + from + ")");
    }
  }

  /**
   * A request from user input: set name ('all' for everything), format (case-insensitive), optional
   * days.
   */
  public static HarvestRequest parse(String set, String metadataPrefix, String from, String until) {
    String s = set == null ? "" : set.strip();
    if (s.equalsIgnoreCase(ALL)) {
      s = "";
    } else if (s.isEmpty()) {
      throw new IllegalArgumentException(
          "no set to harvest: give a set such as cs, math or physics:hep-th, or all");
    }
    String format =
        FORMATS.stream()
            .filter(f -> f.equalsIgnoreCase(metadataPrefix == null ? "" : metadataPrefix.strip()))
            .findFirst()
            .orElse(metadataPrefix == null ? "" : metadataPrefix.strip());
    return new HarvestRequest(s, format, day(from, "from"), day(until, "until"));
  }

  /** The set as users write it: 'all' for the whole repository. */
  public String setLabel() {
    return set.isEmpty() ? ALL : set;
  }

  private static LocalDate day(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a day as YYYY-MM-DD; got '" + value.strip() + "'");
    }
  }
}
