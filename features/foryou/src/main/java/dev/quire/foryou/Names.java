package dev.quire.foryou;

import java.text.Normalizer;
import java.util.Locale;

/** How author names are compared: case, accents, dots and hyphens do not matter. */
final class Names {
  private Names() {}

  /** "José-Luis M. Pérez" → "jose luis m perez". */
  static String normalize(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[.\\-‐,]", " ").replaceAll("\\s+", " ").strip();
  }

  /** The last word of a normalised name. */
  static String surname(String normalized) {
    int sp = normalized.lastIndexOf(' ');
    return sp < 0 ? normalized : normalized.substring(sp + 1);
  }

  /** The first letter of a normalised name, or empty. */
  static String initial(String normalized) {
    return normalized.isEmpty() ? "" : normalized.substring(0, 1);
  }

  /**
   * Whether two spellings plausibly name one person: the same surname and the same first initial
   * ("Geoffrey E. Hinton", "G. Hinton", "Geoffrey Hinton").
   */
  static boolean variantOf(String a, String b) {
    String x = normalize(a);
    String y = normalize(b);
    return !x.isEmpty() && surname(x).equals(surname(y)) && initial(x).equals(initial(y));
  }
}
