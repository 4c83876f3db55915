package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The input layouts {@code quire ingest} understands. */
public enum SourceFormat {
  /** Hugging Face {@code GET /api/daily_papers} responses: a JSON array per day (several may follow each other). */
  HF_DAILY,
  /** The Kaggle arXiv metadata snapshot: one JSON object per line. */
  KAGGLE;

  /** Parses the command-line name: hf or kaggle. */
  public static SourceFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT).trim()) {
      case "hf", "hf-daily", "huggingface" -> HF_DAILY;
      case "kaggle", "arxiv", "jsonl" -> KAGGLE;
      default -> throw new IllegalArgumentException("--format must be hf or kaggle; got '" + name + "'");
    };
  }

  /**
   * Detects the format from the start of a (decompressed) stream, which must support mark/reset: '[' is a
   * daily-papers array; '{' is a JSON-lines snapshot when the first line holds a whole object, else a
   * pretty-printed daily-papers wrapper object ({"date": ..., "data": [...]}). Returns null when neither.
   */
  static SourceFormat detect(InputStream in) throws IOException {
    int limit = 1 << 16;
    in.mark(limit);
    try {
      int c;
      int read = 0;
      do {
        c = in.read();
        read++;
      } while (c >= 0 && read < limit && (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)));
      if (c == '[') {
        return HF_DAILY;
      }
      if (c != '{') {
        return null;
      }
      boolean nonBlankAfterBrace = false;
      while ((c = in.read()) >= 0 && c != '\n' && ++read < limit) {
        nonBlankAfterBrace |= !Character.isWhitespace(c);
      }
      return nonBlankAfterBrace ? KAGGLE : HF_DAILY;
    } finally {
      in.reset();
    }
  }
}
