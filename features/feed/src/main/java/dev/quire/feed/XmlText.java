package dev.quire.feed;

/**
 * Makes arbitrary text writable as XML 1.0 character data by dropping the characters XML 1.0
 * forbids.
 */
final class XmlText {
  private XmlText() {}

  /**
   * {@code s} without control characters other than tab, LF and CR, lone surrogates, U+FFFE and
   * U+FFFF; null becomes "". Escaping of {@code <} and {@code &} is left to the XML writer.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    int n = s.length();
    int i = 0;
    while (i < n && allowed(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (allowed(s, i)) {
        if (Character.isHighSurrogate(c)) {
          out.append(c).append(s.charAt(i + 1));
          i += 2;
          continue;
        }
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  /**
   * Whether the char at {@code i} (with its low surrogate, when it is a high one) is legal XML 1.0.
   */
  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c <= 0xD7FF) {
      return true;
    }
    if (c == 0x9 || c == 0xA || c == 0xD) {
      return true;
    }
    if (c >= 0xE000 && c <= 0xFFFD) {
      return true;
    }
    return Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
