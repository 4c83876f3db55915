package dev.quire.tex;

/**
 * Writes a simple formula as plain Unicode text: chemical formulas, Greek letters, symbols, and
 * sub- and superscripts of digits and signs ({@code _3} → ₃, {@code ^{-1}} → ⁻¹).
 */
final class PlainMath {
  private static final String DIGITS = "0123456789+-=()";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";

  private PlainMath() {}

  /** The formula as plain text, or null when it is not simple enough to write that way. */
  static String simplify(String tex) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = tex.length();
    while (i < n) {
      char c = tex.charAt(i);
      if (c == '_' || c == '^') {
        int[] end = new int[1];
        String arg = scriptArgument(tex, i + 1, end);
        String mapped = arg == null ? null : script(arg, c == '_' ? SUBSCRIPTS : SUPERSCRIPTS);
        if (mapped == null) {
          return null;
        }
        out.append(mapped);
        i = end[0];
      } else if (c == '\\') {
        int j = i + 1;
        while (j < n && Character.isLetter(tex.charAt(j)) && tex.charAt(j) < 128) {
          j++;
        }
        if (j == i + 1) {
          if (j < n && ",;: !".indexOf(tex.charAt(j)) >= 0) {
            out.append(tex.charAt(j) == '!' ? "" : " ");
            i = j + 1;
            continue;
          }
          if (j < n && "%&#_{}$".indexOf(tex.charAt(j)) >= 0) {
            out.append(tex.charAt(j));
            i = j + 1;
            continue;
          }
          return null;
        }
        String name = tex.substring(i + 1, j);
        String symbol = symbol(name);
        if (symbol != null) {
          out.append(symbol);
          i = j;
        } else if (name.matches("mathrm|rm|text|textrm|mathit|it|mbox|mathup")) {
          i = j; // the braces that follow are dropped below
        } else {
          return null;
        }
      } else if (c == '{' || c == '}') {
        i++;
      } else if (Character.isLetterOrDigit(c) || " +-=()[],./:<>|~'".indexOf(c) >= 0) {
        out.append(c == '~' ? ' ' : c == '-' ? '−' : c);
        i++;
      } else if (c > 127 && !Character.isISOControl(c)) {
        out.append(c);
        i++;
      } else {
        return null;
      }
    }
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  private static String symbol(String name) {
    String s = MathSymbols.IDENTIFIERS.get(name);
    if (s == null) {
      s = MathSymbols.UPRIGHT.get(name);
    }
    if (s == null) {
      s = MathSymbols.OPERATORS.get(name);
      if (s != null && !name.matches("sum|prod|int|oint|iint|big.*")) {
        return " " + s + " ";
      }
    }
    return s;
  }

  /** The argument of a script starting at {@code from}: one character or a braced group. */
  private static String scriptArgument(String tex, int from, int[] end) {
    if (from >= tex.length()) {
      return null;
    }
    if (tex.charAt(from) != '{') {
      end[0] = from + 1;
      return tex.substring(from, from + 1);
    }
    int close = tex.indexOf('}', from);
    if (close < 0 || tex.substring(from + 1, close).contains("{")) {
      return null;
    }
    end[0] = close + 1;
    return tex.substring(from + 1, close);
  }

  private static String script(String arg, String forms) {
    StringBuilder out = new StringBuilder();
    for (char c : arg.strip().toCharArray()) {
      int k = DIGITS.indexOf(c);
      if (k < 0) {
        return null;
      }
      out.append(forms.charAt(k));
    }
    return out.toString();
  }
}
