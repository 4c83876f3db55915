package dev.quire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, null-tolerant access to JSON fields, with errors that name the field and the bad value.
 */
final class Fields {
  private Fields() {}

  /** The text at {@code field}, trimmed, or null when absent, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The integer at {@code field}, or null. */
  static Integer integer(JsonNode node, String field) throws BadRecordException {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.canConvertToInt()) {
      return v.asInt();
    }
    throw new BadRecordException(field + " is not an integer: '" + v.asText() + "'");
  }

  /** The strings of the array at {@code field}; empty when absent. */
  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      for (JsonNode e : v) {
        if (e.isTextual() && !e.asText().isBlank()) {
          out.add(e.asText().strip());
        }
      }
    }
    return out;
  }

  /**
   * An ISO-8601 instant ("2026-08-20T00:00:00.000Z") or date at {@code field}, or null when absent.
   */
  static Instant instant(JsonNode node, String field) throws BadRecordException {
    String s = text(node, field);
    if (s == null) {
      return null;
    }
    try {
      return s.length() == 10
          ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadRecordException("unparseable date in " + field + ": '" + s + "'");
    }
  }

  /** An RFC 1123 date as arXiv writes them ("Mon, 2 Apr 2007 19:18:42 GMT"). */
  static Instant rfc1123(String value, String field) throws BadRecordException {
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRecordException("unparseable date in " + field + ": '" + value + "'");
    }
  }

  /** Collapses every run of whitespace (line breaks included) to one space. */
  static String collapse(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }
}
