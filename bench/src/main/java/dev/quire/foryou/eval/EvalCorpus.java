package dev.quire.foryou.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads the listings of a date window from Kaggle-layout files, and Hugging Face upvotes. */
final class EvalCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalCorpus() {}

  /** Papers whose {@code update_date} lies in {@code [from, to)}, by id (first record wins). */
  static Map<String, EvalPaper> load(List<Path> files, LocalDate from, LocalDate to) {
    Map<String, EvalPaper> out = new LinkedHashMap<>();
    for (Path f : files) {
      try (BufferedReader r = reader(f)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = JSON.readTree(line);
          String date = n.path("update_date").asText("");
          if (date.length() < 10) {
            continue;
          }
          LocalDate day = LocalDate.parse(date.substring(0, 10));
          if (day.isBefore(from) || !day.isBefore(to)) {
            continue;
          }
          String id = n.path("id").asText();
          List<String> cats =
              Arrays.stream(n.path("categories").asText("").split("\\s+"))
                  .filter(c -> c.matches("[a-z\\-]+(\\.[A-Za-z\\-]+)?"))
                  .toList();
          String title = n.path("title").asText("").replaceAll("\\s+", " ").strip();
          String abs = n.path("abstract").asText("").replaceAll("\\s+", " ").strip();
          if (!cats.isEmpty() && !title.isEmpty()) {
            out.putIfAbsent(id, new EvalPaper(id, title, abs, cats, day));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return out;
  }

  private static BufferedReader reader(Path f) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(f));
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Hugging Face upvotes by arXiv id from a folder of daily_papers responses (empty if absent). */
  static Map<String, Integer> upvotes(Path dir) {
    Map<String, Integer> out = new HashMap<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      try {
        JsonNode root = JSON.readTree(f.toFile());
        List<JsonNode> entries = new ArrayList<>();
        root.forEach(entries::add);
        for (JsonNode e : entries) {
          JsonNode p = e.path("paper");
          if (p.isObject() && p.hasNonNull("id")) {
            out.merge(p.get("id").asText(), p.path("upvotes").asInt(0), Math::max);
          }
        }
      } catch (IOException | RuntimeException e) {
        // a damaged day file only loses its upvotes
      }
    }
    return out;
  }
}
