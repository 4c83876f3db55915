package dev.quire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines of at most {@code maxBytes}; a longer line is read past without being kept, so
 * one huge line (a gzip bomb) costs no memory and the lines after it are still read.
 */
final class BoundedLines {
  /**
   * One line: its text, or null when it was longer than the limit (then {@code bytes} says how
   * long).
   */
  record Line(String text, long bytes) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  BoundedLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? done(line, length) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (length + n <= maxBytes) {
        line.write(buf, start, n);
      }
      length += n;
      if (pos < end) {
        pos++; // the newline
        return done(line, length);
      }
    }
  }

  private Line done(ByteArrayOutputStream line, long length) {
    if (length > maxBytes) {
      return new Line(null, length);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return new Line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, length);
  }
}
