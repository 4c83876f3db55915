package dev.quire.paper;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises arXiv identifiers: new style 2504.08385, old style hep-th/9901001, version suffix
 * stripped.
 */
public final class ArxivId {
  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z][a-z\\-]*(?:\\.[A-Za-z]{2})?/\\d{7})(v\\d+)?");
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/|arxiv:)",
          Pattern.CASE_INSENSITIVE);

  private ArxivId() {}

  /**
   * The normalised id, or empty when {@code raw} is not an arXiv id (URLs and "arXiv:" prefixes
   * accepted).
   */
  public static Optional<String> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = PREFIX.matcher(raw.trim()).replaceFirst("");
    if (s.endsWith(".pdf")) {
      s = s.substring(0, s.length() - 4);
    }
    Matcher m = NEW_STYLE.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1));
    }
    m = OLD_STYLE.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  /** The normalised id; throws with the bad value in the message when it is not an arXiv id. */
  public static String normalize(String raw) {
    return parse(raw)
        .orElseThrow(() -> new IllegalArgumentException("not an arXiv id: '" + raw + "'"));
  }

  /** The version number in {@code raw} ("2504.08385v3" gives 3), or empty. */
  public static Optional<Integer> version(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("v(\\d+)$").matcher(raw.trim().toLowerCase(Locale.ROOT));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
