package dev.quire.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A dataset in BEIR's layout: corpus.jsonl ({@code _id}, {@code title}, {@code text}),
 * queries.jsonl ({@code _id}, {@code text}) and qrels/test.tsv (query-id, corpus-id, score, with a
 * header line); .gz variants are read too.
 */
final class BeirDataset {
  /** One corpus document. */
  record Doc(String id, String title, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  BeirDataset(Path dir) {
    this.dir = dir;
  }

  /** Streams the corpus. */
  void corpus(Consumer<Doc> each) {
    lines(
        file("corpus.jsonl"),
        line -> {
          JsonNode n = read(line);
          each.accept(
              new Doc(
                  n.path("_id").asText(), n.path("title").asText(""), n.path("text").asText("")));
        });
  }

  /** Query texts by id. */
  Map<String, String> queries() {
    Map<String, String> out = new LinkedHashMap<>();
    lines(
        file("queries.jsonl"),
        line -> {
          JsonNode n = read(line);
          out.put(n.path("_id").asText(), n.path("text").asText(""));
        });
    return out;
  }

  /** Test judgements: query id to (document id to grade), in file order. */
  Map<String, Map<String, Integer>> qrels() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    boolean[] first = {true};
    lines(
        file("qrels/test.tsv"),
        line -> {
          String[] f = line.split("\t");
          boolean header = first[0] && !f[f.length - 1].trim().matches("-?\\d+");
          first[0] = false;
          if (header || f.length < 3) {
            return;
          }
          out.computeIfAbsent(f[0].trim(), k -> new LinkedHashMap<>())
              .put(f[1].trim(), Integer.parseInt(f[2].trim()));
        });
    return out;
  }

  private Path file(String name) {
    Path p = dir.resolve(name);
    if (Files.exists(p)) {
      return p;
    }
    Path gz = dir.resolve(name + ".gz");
    if (Files.exists(gz)) {
      return gz;
    }
    throw new IllegalArgumentException("BEIR dataset " + dir + " has no " + name);
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not a JSON line: " + line.substring(0, Math.min(80, line.length())), e);
    }
  }

  private static void lines(Path file, Consumer<String> each) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          each.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
