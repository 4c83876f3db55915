package dev.quire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the Kaggle arXiv snapshot layout: one JSON object per line; a bad line is rejected, the
 * rest read.
 */
final class KaggleSnapshotReader implements SourceReader {
  /** The longest line (one paper) read; real records are a few kilobytes. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private final ObjectMapper mapper;

  KaggleSnapshotReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    BoundedLines reader = new BoundedLines(in, MAX_LINE_BYTES);
    BoundedLines.Line read;
    long lineNo = 0;
    while ((read = reader.next()) != null) {
      lineNo++;
      String location = "line " + lineNo;
      if (read.text() == null) {
        sink.reject(
            location,
            "a record of "
                + read.bytes()
                + " bytes is longer than the limit of "
                + MAX_LINE_BYTES
                + " bytes; skipped");
        continue;
      }
      String line = read.text();
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        sink.reject(location, "malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.reject(
            location,
            "expected a JSON object, found "
                + (node == null
                    ? "nothing"
                    : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      try {
        sink.accept(KaggleRecordMapper.map(node));
      } catch (BadRecordException | IllegalArgumentException e) {
        sink.reject(location, e.getMessage());
      }
    }
  }
}
