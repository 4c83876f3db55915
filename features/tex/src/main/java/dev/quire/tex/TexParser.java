package dev.quire.tex;

import java.util.Set;

/** A recursive-descent reader of one TeX formula that writes MathML as it goes. */
final class TexParser {
  /** The formula uses TeX this parser does not know; the caller falls back to its source. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private static final int MAX_DEPTH = 40;

  /** Old-style switches that change the font for the rest of the group. */
  private static final Set<String> SWITCHES = Set.of("rm", "bf", "it", "cal", "sf", "tt");

  private static final Set<String> TEXT =
      Set.of(
          "text",
          "textrm",
          "textit",
          "textbf",
          "texttt",
          "textsf",
          "textnormal",
          "textup",
          "mbox",
          "hbox",
          "emph");

  private final String src;
  private int pos;
  private int depth;

  TexParser(String src) {
    this.src = src;
  }

  /** The MathML of the whole formula (the children of an mrow). */
  String parse() {
    String out = list(false, MathFont.ITALIC);
    if (pos < src.length()) {
      throw new Unsupported("unexpected '" + src.charAt(pos) + "'");
    }
    return out;
  }

  /** Items up to the end, or up to and including a closing brace when {@code inGroup}. */
  private String list(boolean inGroup, MathFont startFont) {
    if (++depth > MAX_DEPTH) {
      throw new Unsupported("nested too deep");
    }
    MathFont font = startFont;
    StringBuilder out = new StringBuilder();
    while (true) {
      skipSpace();
      if (pos >= src.length()) {
        if (inGroup) {
          throw new Unsupported("unclosed brace");
        }
        break;
      }
      char c = src.charAt(pos);
      if (c == '}') {
        if (!inGroup) {
          throw new Unsupported("unbalanced brace");
        }
        pos++;
        break;
      }
      String switched = peekCommand();
      if (switched != null && SWITCHES.contains(switched)) {
        pos += switched.length() + 1;
        font = MathFont.of(switched);
        continue;
      }
      out.append(scripted(font));
    }
    depth--;
    return out.toString();
  }

  /** An atom with its sub- and superscripts. */
  private String scripted(MathFont font) {
    char c = src.charAt(pos);
    String base = c == '^' || c == '_' ? "<mrow></mrow>" : atom(font);
    String sub = null;
    String sup = null;
    while (true) {
      skipSpace();
      if (pos >= src.length()) {
        break;
      }
      char s = src.charAt(pos);
      if (s == '\'') {
        pos++;
        sup = (sup == null ? "" : sup) + "<mo>′</mo>";
        continue;
      }
      if (s != '^' && s != '_') {
        break;
      }
      pos++;
      skipSpace();
      if (pos >= src.length()) {
        throw new Unsupported("script without argument");
      }
      String arg = argument(font);
      if (s == '^') {
        if (sup != null && !sup.startsWith("<mo>′")) {
          throw new Unsupported("double superscript");
        }
        sup = (sup == null ? "" : sup) + arg;
      } else {
        if (sub != null) {
          throw new Unsupported("double subscript");
        }
        sub = arg;
      }
    }
    if (sub != null && sup != null) {
      return "<msubsup>" + base + row(sub) + row(sup) + "</msubsup>";
    }
    if (sub != null) {
      return "<msub>" + base + row(sub) + "</msub>";
    }
    if (sup != null) {
      return "<msup>" + base + row(sup) + "</msup>";
    }
    return base;
  }

  /** One argument: a braced group or a single atom. */
  private String argument(MathFont font) {
    skipSpace();
    if (pos >= src.length()) {
      throw new Unsupported("missing argument");
    }
    if (src.charAt(pos) == '{') {
      pos++;
      return "<mrow>" + list(true, font) + "</mrow>";
    }
    if (src.charAt(pos) == '}' || src.charAt(pos) == '^' || src.charAt(pos) == '_') {
      throw new Unsupported("missing argument");
    }
    if (Character.isDigit(src.charAt(pos))) { // x^23 is x^2 3 in TeX
      return "<mn>" + font.letter(src.charAt(pos++)) + "</mn>";
    }
    return atom(font);
  }

  private String atom(MathFont font) {
    char c = src.charAt(pos);
    if (c == '{') {
      pos++;
      return "<mrow>" + list(true, font) + "</mrow>";
    }
    if (c == '\\') {
      return command(font);
    }
    if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(pos + 1))) {
      int start = pos;
      while (pos < src.length()
          && (isDigit(pos)
              || (src.charAt(pos) == '.' && pos + 1 < src.length() && isDigit(pos + 1)))) {
        pos++;
      }
      StringBuilder n = new StringBuilder();
      for (char d : src.substring(start, pos).toCharArray()) {
        n.append(font.letter(d));
      }
      return "<mn>" + n + "</mn>";
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return letters(font);
    }
    if (c == '&' || c == '#' || c == '$') {
      throw new Unsupported("'" + c + "' in a formula");
    }
    if (c == '~') {
      pos++;
      return "<mspace width=\"0.333em\"></mspace>";
    }
    int cp = src.codePointAt(pos);
    pos += Character.charCount(cp);
    String ch = escape(new String(Character.toChars(cp)));
    if (Character.isLetter(cp)) {
      return "<mi>" + ch + "</mi>";
    }
    if (Character.isDigit(cp)) {
      return "<mn>" + ch + "</mn>";
    }
    return "<mo>" + (cp == '-' ? "−" : cp == '*' ? "∗" : ch) + "</mo>";
  }

  /** A letter; in an upright font, the whole run of letters as one word. */
  private String letters(MathFont font) {
    if (font == MathFont.UPRIGHT) {
      int start = pos;
      while (pos < src.length() && Character.isLetter(src.charAt(pos)) && src.charAt(pos) < 128) {
        pos++;
      }
      String word = src.substring(start, pos);
      return word.length() == 1
          ? "<mi mathvariant=\"normal\">" + word + "</mi>"
          : "<mi>" + word + "</mi>";
    }
    char c = src.charAt(pos++);
    return "<mi>" + font.letter(c) + "</mi>";
  }

  private String command(MathFont font) {
    pos++; // the backslash
    if (pos >= src.length()) {
      throw new Unsupported("trailing backslash");
    }
    String name;
    if (Character.isLetter(src.charAt(pos)) && src.charAt(pos) < 128) {
      int start = pos;
      while (pos < src.length() && Character.isLetter(src.charAt(pos)) && src.charAt(pos) < 128) {
        pos++;
      }
      name = src.substring(start, pos);
      if (pos < src.length() && src.charAt(pos) == '*' && name.equals("operatorname")) {
        pos++;
      }
    } else {
      name = String.valueOf(src.charAt(pos++));
    }
    MathFont selected = MathFont.of(name);
    if (selected != null) {
      return argument(selected);
    }
    if (TEXT.contains(name)) {
      return "<mtext>" + escape(rawGroup()) + "</mtext>";
    }
    if (name.equals("operatorname")) {
      return "<mi>" + escape(rawGroup()) + "</mi>";
    }
    switch (name) {
      case "frac", "tfrac", "dfrac", "cfrac" -> {
        return "<mfrac>" + argument(font) + argument(font) + "</mfrac>";
      }
      case "binom", "tbinom", "dbinom" -> {
        return "<mrow><mo>(</mo><mfrac linethickness=\"0\">"
            + argument(font)
            + argument(font)
            + "</mfrac><mo>)</mo></mrow>";
      }
      case "sqrt" -> {
        skipSpace();
        if (pos < src.length() && src.charAt(pos) == '[') {
          int close = src.indexOf(']', pos);
          if (close < 0) {
            throw new Unsupported("unclosed [");
          }
          String index = new TexParser(src.substring(pos + 1, close)).parse();
          pos = close + 1;
          return "<mroot>" + argument(font) + "<mrow>" + index + "</mrow></mroot>";
        }
        return "<msqrt>" + argument(font) + "</msqrt>";
      }
      case "not" -> {
        skipSpace();
        String next = atom(font);
        return next.replaceFirst("</(mo|mi)>$", "\u0338</$1>");
      }
      default -> {
        // fall through to the tables
      }
    }
    String accent = MathSymbols.ACCENTS.get(name);
    if (accent != null) {
      String arg = argument(font);
      return name.equals("underline")
          ? "<munder accentunder=\"true\">" + arg + "<mo>" + accent + "</mo></munder>"
          : "<mover accent=\"true\">" + arg + "<mo>" + accent + "</mo></mover>";
    }
    String space = MathSymbols.SPACES.get(name);
    if (space != null) {
      return "<mspace width=\"" + space + "\"></mspace>";
    }
    if (MathSymbols.IGNORED.contains(name)) {
      skipSpace();
      if (pos < src.length()
          && src.charAt(pos) == '.'
          && name.matches("left|right|middle|[bB]ig.*")) {
        pos++;
      }
      return "";
    }
    String id = MathSymbols.IDENTIFIERS.get(name);
    if (id != null) {
      return "<mi>" + id + "</mi>";
    }
    String upright = MathSymbols.UPRIGHT.get(name);
    if (upright != null) {
      return "<mi mathvariant=\"normal\">" + escape(upright) + "</mi>";
    }
    String op = MathSymbols.OPERATORS.get(name);
    if (op != null) {
      return "<mo>" + escape(op) + "</mo>";
    }
    if (MathSymbols.FUNCTIONS.contains(name)) {
      return "<mi>" + name + "</mi>";
    }
    throw new Unsupported("unknown command \\" + name);
  }

  /** The text of a braced argument (braces inside dropped), or of a single character. */
  private String rawGroup() {
    skipSpace();
    if (pos >= src.length()) {
      throw new Unsupported("missing argument");
    }
    if (src.charAt(pos) != '{') {
      return String.valueOf(src.charAt(pos++));
    }
    int level = 0;
    StringBuilder text = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '{') {
        if (level++ > 0) {
          continue;
        }
      } else if (c == '}') {
        if (--level == 0) {
          return text.toString();
        }
      } else if (c == '\\' && pos < src.length()) {
        char next = src.charAt(pos);
        if ("%&#_{}$ ".indexOf(next) >= 0) {
          text.append(next);
          pos++;
        } else {
          throw new Unsupported("command inside text");
        }
      } else if (c == '$') {
        throw new Unsupported("math inside text");
      } else {
        text.append(c);
      }
    }
    throw new Unsupported("unclosed brace");
  }

  /** The name of the command at the position, or null. */
  private String peekCommand() {
    if (src.charAt(pos) != '\\') {
      return null;
    }
    int end = pos + 1;
    while (end < src.length() && Character.isLetter(src.charAt(end)) && src.charAt(end) < 128) {
      end++;
    }
    return end == pos + 1 ? null : src.substring(pos + 1, end);
  }

  private boolean isDigit(int at) {
    char c = src.charAt(at);
    return c >= '0' && c <= '9';
  }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private static String row(String items) {
    return "<mrow>" + items + "</mrow>";
  }

  /** Text escaped for XML and HTML content and attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
