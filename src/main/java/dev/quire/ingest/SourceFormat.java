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
   * Detects the format from the first non-blank character of a (decompressed) stream, which must support
   * mark/reset: '[' is a daily-papers array, '{' a JSON-lines snapshot. Returns null when neither.
   */
  static SourceFormat detect(InputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = in.read();
        if (c < 0) {
          return null;
        }
        if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
          continue;
        }
        return c == '[' ? HF_DAILY : c == '{' ? KAGGLE : null;
      }
      return null;
    } finally {
      in.reset();
    }
  }
}
