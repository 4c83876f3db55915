package dev.quire.app;

import dev.quire.app.Main.UsageException;
import dev.quire.foryou.eval.ForYouBenchmark;
import dev.quire.foryou.eval.RecommendEvaluation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code quire eval --recommend} and {@code quire bench foryou}. */
final class ForYouCommands {
  private static final Path ARXIV = Path.of("../shared/data/arxiv");

  private ForYouCommands() {}

  static int evalRecommend(Map<String, String> options, PrintStream out, PrintStream err) {
    List<String> known =
        List.of(
            "recommend",
            "seed",
            "readers",
            "candidates",
            "negatives",
            "start",
            "scratch",
            "threads",
            "files",
            "upvotes");
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    List<Path> files = new ArrayList<>();
    String given = options.get("files");
    if (given != null) {
      for (String f : given.split(",")) {
        files.add(Path.of(f.strip()));
      }
    } else {
      files.add(ARXIV.resolve("arxiv-listings-2025-2026.kaggle.jsonl.gz"));
      files.add(ARXIV.resolve("arxiv-listings-physics.kaggle.jsonl.gz"));
    }
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new UsageException("no such file: " + f + " (give Kaggle-layout files with --files)");
      }
    }
    LocalDate start;
    try {
      start = LocalDate.parse(options.getOrDefault("start", "2026-03-30"));
    } catch (DateTimeParseException e) {
      throw new UsageException("--start must be YYYY-MM-DD; got '" + options.get("start") + "'");
    }
    long seed;
    try {
      seed = Long.parseLong(options.getOrDefault("seed", "20261128"));
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a number; got '" + options.get("seed") + "'");
    }
    RecommendEvaluation.run(
        new RecommendEvaluation.Options(
            files,
            Path.of(options.getOrDefault("upvotes", "../shared/data/hf-daily-papers")),
            start,
            HarvestCommands.number(options, "readers", 20),
            HarvestCommands.number(options, "candidates", 3000),
            HarvestCommands.number(options, "negatives", 3000),
            seed,
            Path.of(options.getOrDefault("scratch", "target/recommend-eval")),
            HarvestCommands.number(options, "threads", 2)),
        out,
        err);
    return 0;
  }

  static int bench(Map<String, String> options, PrintStream out) {
    for (String key : options.keySet()) {
      if (!List.of("papers", "rounds", "positives").contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    ForYouBenchmark.run(
        HarvestCommands.number(options, "papers", 5000),
        HarvestCommands.number(options, "positives", 200),
        HarvestCommands.number(options, "rounds", 200),
        out);
    return 0;
  }
}
