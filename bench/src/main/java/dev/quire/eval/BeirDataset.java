package dev.quire.eval;

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
 * queries.jsonl ({@code _id}, {@code text}) and qrels/SPLIT.tsv (query-id, corpus-id, score, with a
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

  /**
   * The split to evaluate: {@code wanted} when given, else "test" when its judgements exist, else
   * the only split there is.
   */
  String split(String wanted) {
    if (wanted != null) {
      file("qrels/" + wanted + ".tsv");
      return wanted;
    }
    if (exists("qrels/test.tsv")) {
      return "test";
    }
    java.util.List<String> splits = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("qrels"))) {
      files
          .map(f -> f.getFileName().toString().replaceAll("\\.tsv(\\.gz)?$", ""))
          .filter(n -> !n.contains("."))
          .sorted()
          .forEach(splits::add);
    } catch (IOException e) {
      throw new IllegalArgumentException("BEIR dataset " + dir + " has no qrels folder", e);
    }
    if (splits.size() != 1) {
      throw new IllegalArgumentException(
          "BEIR dataset "
              + dir
              + (splits.isEmpty()
                  ? " has no qrels/*.tsv"
                  : " has several splits " + splits + "; choose one with --split"));
    }
    return splits.get(0);
  }

  /** Judgements of a split: query id to (document id to grade), in file order. */
  Map<String, Map<String, Integer>> qrels(String split) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    boolean[] first = {true};
    lines(
        file("qrels/" + split + ".tsv"),
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

  private boolean exists(String name) {
    return Files.exists(dir.resolve(name)) || Files.exists(dir.resolve(name + ".gz"));
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
