package dev.quire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Streams the Kaggle arXiv snapshot layout: one JSON object per line; a bad line is rejected, the
 * rest read.
 */
final class KaggleSnapshotReader implements SourceReader {
  private final ObjectMapper mapper;

  KaggleSnapshotReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String location = "line " + lineNo;
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
