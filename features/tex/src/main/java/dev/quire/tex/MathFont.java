package dev.quire.tex;

/**
 * Letters in the styles of {@code \mathbf}, {@code \mathcal}, {@code \mathbb}, {@code \mathfrak}.
 */
enum MathFont {
  /** The default: single letters italic. */
  ITALIC,
  /** {@code \mathrm}, {@code \rm}, {@code \mathsf}, {@code \mathtt}. */
  UPRIGHT,
  /** {@code \mathbf}, {@code \bf}. */
  BOLD,
  /** {@code \boldsymbol}, {@code \bm}. */
  BOLD_ITALIC,
  /** {@code \mathcal}, {@code \cal}, {@code \mathscr}. */
  SCRIPT,
  /** {@code \mathbb}, {@code \Bbb}. */
  DOUBLE_STRUCK,
  /** {@code \mathfrak}. */
  FRAKTUR;

  /** The font a command selects, or null when it selects none. */
  static MathFont of(String command) {
    return switch (command) {
      case "mathrm", "rm", "mathsf", "sf", "mathtt", "tt", "mathup", "textup" -> UPRIGHT;
      case "mathit", "it", "mathnormal" -> ITALIC;
      case "mathbf", "bf" -> BOLD;
      case "boldsymbol", "bm" -> BOLD_ITALIC;
      case "mathcal", "cal", "mathscr" -> SCRIPT;
      case "mathbb", "Bbb" -> DOUBLE_STRUCK;
      case "mathfrak" -> FRAKTUR;
      default -> null;
    };
  }

  /** The character in this font (Unicode mathematical alphanumerics), or itself. */
  String letter(char c) {
    boolean upper = c >= 'A' && c <= 'Z';
    boolean lower = c >= 'a' && c <= 'z';
    if (!upper && !lower) {
      if (this == BOLD && c >= '0' && c <= '9') {
        return new String(Character.toChars(0x1D7CE + (c - '0')));
      }
      return String.valueOf(c);
    }
    int k = upper ? c - 'A' : c - 'a';
    String hole = hole(c);
    if (hole != null) {
      return hole;
    }
    int base =
        switch (this) {
          case ITALIC, UPRIGHT -> -1;
          case BOLD -> upper ? 0x1D400 : 0x1D41A;
          case BOLD_ITALIC -> upper ? 0x1D468 : 0x1D482;
          case SCRIPT -> upper ? 0x1D49C : 0x1D4B6;
          case DOUBLE_STRUCK -> upper ? 0x1D538 : 0x1D552;
          case FRAKTUR -> upper ? 0x1D504 : 0x1D51E;
        };
    return base < 0 ? String.valueOf(c) : new String(Character.toChars(base + k));
  }

  /** Letters that Unicode placed in the Letterlike Symbols block instead. */
  private String hole(char c) {
    return switch (this) {
      case SCRIPT ->
          switch (c) {
            case 'B' -> "ℬ";
            case 'E' -> "ℰ";
            case 'F' -> "ℱ";
            case 'H' -> "ℋ";
            case 'I' -> "ℐ";
            case 'L' -> "ℒ";
            case 'M' -> "ℳ";
            case 'R' -> "ℛ";
            case 'e' -> "ℯ";
            case 'g' -> "ℊ";
            case 'o' -> "ℴ";
            default -> null;
          };
      case DOUBLE_STRUCK ->
          switch (c) {
            case 'C' -> "ℂ";
            case 'H' -> "ℍ";
            case 'N' -> "ℕ";
            case 'P' -> "ℙ";
            case 'Q' -> "ℚ";
            case 'R' -> "ℝ";
            case 'Z' -> "ℤ";
            default -> null;
          };
      case FRAKTUR ->
          switch (c) {
            case 'C' -> "ℭ";
            case 'H' -> "ℌ";
            case 'I' -> "ℑ";
            case 'R' -> "ℜ";
            case 'Z' -> "ℨ";
            default -> null;
          };
      default -> null;
    };
  }
}
