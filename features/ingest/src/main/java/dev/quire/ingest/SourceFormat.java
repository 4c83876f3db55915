package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The input layouts {@code quire ingest} understands. */
public enum SourceFormat {
  /**
   * Hugging Face {@code GET /api/daily_papers} responses: a JSON array per day (several may follow
   * each other).
   */
  HF_DAILY,
  /** The Kaggle arXiv metadata snapshot: one JSON object per line. */
  KAGGLE;

  /** Parses the command-line name: hf or kaggle. */
  public static SourceFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT).trim()) {
      case "hf", "hf-daily", "huggingface" -> HF_DAILY;
      case "kaggle", "arxiv", "jsonl" -> KAGGLE;
      default ->
          throw new IllegalArgumentException("--format must be hf or kaggle; got '" + name + "'");
    };
  }

  /**
   * Detects the format from the start of a (decompressed) stream, which must support mark/reset:
   * '[' is a daily-papers array; '{' is a daily-papers wrapper object ({"date": ..., "data":
   * [...]}) when its first key is one of the wrapper's, else a JSON-lines snapshot record. Returns
   * null when neither.
   */
  static SourceFormat detect(InputStream in) throws IOException {
    in.mark(4096);
    try {
      int c = skipBlank(in);
      if (c == '[') {
        return HF_DAILY;
      }
      if (c != '{') {
        return null;
      }
      if (skipBlank(in) != '"') {
        return KAGGLE;
      }
      StringBuilder key = new StringBuilder();
      while ((c = in.read()) >= 0 && c != '"' && key.length() < 64) {
        key.append((char) c);
      }
      return WRAPPER_KEYS.contains(key.toString()) ? HF_DAILY : KAGGLE;
    } finally {
      in.reset();
    }
  }

  private static final java.util.Set<String> WRAPPER_KEYS =
      java.util.Set.of("date", "data", "status", "count");

  private static int skipBlank(InputStream in) throws IOException {
    int c;
    int n = 0;
    do {
      c = in.read();
    } while (c >= 0
        && ++n < 4096
        && (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)));
    return c;
  }
}
