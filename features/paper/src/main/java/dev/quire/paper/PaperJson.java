package dev.quire.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the list-valued columns of a paper (authors, versions, keywords) as compact JSON text.
 */
final class PaperJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private PaperJson() {}

  static String authors(List<Author> authors) {
    List<List<String>> rows = new ArrayList<>(authors.size());
    for (Author a : authors) {
      rows.add(a.hfUser() == null ? List.of(a.name()) : List.of(a.name(), a.hfUser()));
    }
    return write(rows);
  }

  static List<Author> authors(String json) {
    List<List<String>> rows = read(json, ROWS);
    List<Author> out = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      out.add(new Author(r.get(0), r.size() > 1 ? r.get(1) : null));
    }
    return out;
  }

  static String versions(List<PaperVersion> versions) {
    List<List<String>> rows = new ArrayList<>(versions.size());
    for (PaperVersion v : versions) {
      rows.add(
          v.created() == null
              ? List.of(Integer.toString(v.number()))
              : List.of(Integer.toString(v.number()), v.created().toString()));
    }
    return write(rows);
  }

  static List<PaperVersion> versions(String json) {
    List<List<String>> rows = read(json, ROWS);
    List<PaperVersion> out = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      out.add(
          new PaperVersion(
              Integer.parseInt(r.get(0)), r.size() > 1 ? Instant.parse(r.get(1)) : null));
    }
    return out;
  }

  static String strings(List<String> values) {
    return values.isEmpty() ? null : write(values);
  }

  static List<String> strings(String json) {
    return json == null ? List.of() : read(json, STRINGS);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + json, e);
    }
  }
}
