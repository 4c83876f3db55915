package dev.quire.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams Hugging Face {@code daily_papers} responses: one JSON array of entries per day; several
 * arrays may follow each other in one stream (the built-in sample is such a concatenation). Only
 * one entry is in memory at a time.
 */
final class HfDailyPapersReader implements SourceReader {
  /** JSON tokens one entry may have (a real entry has a few hundred). */
  static final long MAX_ENTRY_TOKENS = 100_000;

  /**
   * JSON tokens one {"date", "data": [...]} wrapper may have (a day is a few tens of thousands).
   */
  static final long MAX_WRAPPER_TOKENS = 5_000_000;

  private static final Pattern DUMPED_ID = Pattern.compile("'id':\\s*'([^']+)'");
  private static final Pattern DAY_IN_NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.json(\\.gz)?$");
  private final ObjectMapper mapper;
  private final LocalDate fileDay;

  /**
   * A reader for one source; when its name ends in {@code YYYY-MM-DD.json} that is the day the
   * entries were listed (the {@code date} of the API request), which wins over the timestamps
   * inside the entries.
   */
  HfDailyPapersReader(ObjectMapper mapper, String sourceName) {
    this.mapper = mapper;
    Matcher m = DAY_IN_NAME.matcher(sourceName);
    this.fileDay = m.find() ? parseDay(m.group(1)) : null;
  }

  private static LocalDate parseDay(String s) {
    try {
      return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      int arrayNo = 0;
      JsonToken token;
      while ((token = next(parser, sink)) != null) {
        if (token == JsonToken.START_OBJECT) {
          arrayNo++;
          readWrapper(parser, arrayNo, sink);
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          sink.reject(
              "line " + parser.currentLocation().getLineNr(),
              "expected a JSON array of daily papers, found " + describe(token));
          parser.skipChildren();
          continue;
        }
        arrayNo++;
        if (!readArray(parser, arrayNo, sink)) {
          return;
        }
      }
    }
  }

  /**
   * Reads a wrapper object {"date": ..., "data": [entries]} as some scrapers save the responses.
   */
  private void readWrapper(JsonParser parser, int arrayNo, RecordSink sink) throws IOException {
    int line = parser.currentLocation().getLineNr();
    JsonNode wrapper;
    TokenLimitedParser limited = new TokenLimitedParser(parser, MAX_WRAPPER_TOKENS);
    try {
      wrapper = mapper.readTree(limited);
    } catch (TokenLimitedParser.TooLarge e) {
      limited.skipRest();
      sink.reject("line " + line, "the object is larger than the limit (" + e.getMessage() + ")");
      return;
    } catch (JsonProcessingException e) {
      sink.reject("line " + line, "malformed JSON: " + e.getOriginalMessage());
      return;
    }
    JsonNode data = wrapper.get("data");
    if (data == null || !data.isArray()) {
      sink.reject(
          "line " + line,
          "expected a JSON array of daily papers, or an object with a \"data\" array");
      return;
    }
    JsonNode date = wrapper.get("date");
    LocalDate day = date != null && date.isTextual() ? parseDay(date.asText()) : null;
    int index = 0;
    for (JsonNode node : data) {
      entry(
          node,
          day != null ? day : fileDay,
          (arrayNo > 1 ? "array " + arrayNo + ", " : "")
              + "data index "
              + index++
              + " (object at line "
              + line
              + ")",
          sink);
    }
  }

  private static void entry(JsonNode node, LocalDate day, String location, RecordSink sink) {
    if (node.isObject()) {
      try {
        sink.accept(HfEntryMapper.map(node, day));
      } catch (BadRecordException | IllegalArgumentException e) {
        sink.reject(location, e.getMessage());
      }
    } else {
      sink.reject(location, notAnObject(node));
    }
  }

  /** Reads one array; false when the stream is broken and reading must stop. */
  private boolean readArray(JsonParser parser, int arrayNo, RecordSink sink) throws IOException {
    int index = 0;
    while (true) {
      JsonToken token = next(parser, sink);
      if (token == null) {
        sink.reject(where(arrayNo, index, parser), "file ends inside the array (truncated?)");
        return false;
      }
      if (token == JsonToken.END_ARRAY) {
        return true;
      }
      String location = where(arrayNo, index, parser);
      JsonNode node;
      TokenLimitedParser limited = new TokenLimitedParser(parser, MAX_ENTRY_TOKENS);
      try {
        node = mapper.readTree(limited);
      } catch (TokenLimitedParser.TooLarge e) {
        limited.skipRest();
        index++;
        sink.reject(
            location, "the entry is larger than the limit (" + e.getMessage() + "); skipped");
        continue;
      } catch (JsonProcessingException e) {
        sink.reject(
            location,
            "malformed JSON: " + e.getOriginalMessage() + "; the rest of this file was not read");
        return false;
      }
      index++;
      entry(node, fileDay, location, sink);
    }
  }

  private static JsonToken next(JsonParser parser, RecordSink sink) throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      sink.reject(
          "line " + e.getLocation().getLineNr(),
          "malformed JSON: " + e.getOriginalMessage() + "; the rest of this file was not read");
      return null;
    }
  }

  private static String notAnObject(JsonNode node) {
    if (node.isTextual()) {
      Matcher m = DUMPED_ID.matcher(node.asText());
      String id = m.find() ? " (a Python-style dump of paper " + m.group(1) + ")" : "";
      return "a string where an entry object belongs" + id;
    }
    return "a "
        + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + " where an entry object belongs";
  }

  private static String where(int arrayNo, int index, JsonParser parser) {
    String prefix = arrayNo > 1 ? "array " + arrayNo + ", " : "";
    return prefix + "index " + index + " (line " + parser.currentLocation().getLineNr() + ")";
  }

  private static String describe(JsonToken token) {
    return token.asString() != null ? "'" + token.asString() + "'" : token.name();
  }
}
