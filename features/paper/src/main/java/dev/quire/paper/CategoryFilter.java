package dev.quire.paper;

import java.util.regex.Pattern;

/**
 * Papers of one arXiv category ({@code cond-mat.str-el}) or archive ({@code cond-mat}, {@code
 * physics}): a paper belongs when it lists the code or a category of the archive, as primary or as
 * a cross-list.
 *
 * @param code the category or archive code
 */
public record CategoryFilter(String code) {
  private static final Pattern CODE =
      Pattern.compile("[A-Za-z][A-Za-z-]{0,19}(\\.[A-Za-z-]{1,20})?");

  public CategoryFilter {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "category must be an arXiv category or archive such as cond-mat.str-el or quant-ph; got '"
              + code
              + "'");
    }
  }

  /** Whether a paper listing these categories belongs. */
  public boolean matches(Iterable<String> categories) {
    for (String c : categories) {
      if (covers(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code category} is this code or one of its archive's categories. */
  public boolean covers(String category) {
    return category != null && (category.equals(code) || category.startsWith(code + "."));
  }

  /** Whether the paper belongs only as a cross-list: its primary category is elsewhere. */
  public boolean crossListed(Paper p) {
    String primary =
        p.primaryCategory() != null
            ? p.primaryCategory()
            : (p.categories().isEmpty() ? null : p.categories().get(0));
    return primary != null && !covers(primary) && matches(p.categories());
  }

  /** SQL condition on {@code p.categories} with the parameters :catExact and :catPrefix. */
  static String sql() {
    return "((' ' || p.categories || ' ') LIKE :catExact OR (' ' || p.categories || ' ') LIKE :catPrefix)";
  }

  /** The LIKE pattern of the code as a whole token (codes hold no LIKE wildcards). */
  String exactPattern() {
    return "% " + code + " %";
  }

  /** The LIKE pattern of the archive's categories. */
  String prefixPattern() {
    return "% " + code + ".%";
  }
}
