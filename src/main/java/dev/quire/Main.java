package dev.quire;

import dev.quire.ingest.ConsoleProgress;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.Importer;
import dev.quire.ingest.SourceFormat;
import dev.quire.system.Config;
import dev.quire.system.ImportBenchmark;
import dev.quire.system.Quire;
import dev.quire.system.SampleData;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: {@code quire serve | ingest | help}. */
public final class Main {
  private static final String USAGE =
      """
      Usage: quire <command> [options]

      Commands:
        serve                 run the web server (imports the built-in sample into an empty database)
            --port N          HTTP port (default 8080)
        ingest FILE|DIR...    import Hugging Face daily_papers JSON or Kaggle arXiv JSON lines (.gz too)
            --format F        hf | kaggle (default: detected from the content)
        reindex               rebuild the search index from the database, embedding papers without vectors
        eval --beir DIR       evaluate bm25, dense and hybrid ranking on a BEIR dataset (nDCG@10, Recall@100, MRR@10)
            --limit N         evaluate only the first N test queries
        bench import FILE...  import into fresh SQLite databases and print the median papers/s
            --runs N          repetitions (default 3)
        bench search FILE     search latency and throughput (bm25, dense, hybrid) over 100k papers
            --embed N         papers embedded with the model (the rest get random unit vectors; default 2000)
            --queries N       queries per method (default 300)
        help                  show this text

      Common options:
        --data DIR            data directory (default ./data)
        --config FILE         config file (default DIR/quire.properties when present)

      Environment: QUIRE_DATA, QUIRE_PORT, QUIRE_JDBC_URL, QUIRE_DB_USER, QUIRE_DB_PASSWORD, QUIRE_BASE_URL
      """;

  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = run(args, System.out, System.err);
    } catch (UsageException e) {
      System.err.println("quire: " + e.getMessage());
      System.err.println("Run 'quire help' for usage.");
      code = 2;
    } catch (RuntimeException e) {
      System.err.println("quire: " + e.getMessage());
      code = 1;
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs one command; returns the exit status. Serve blocks until the process is stopped. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0
        || args[0].equals("help")
        || args[0].equals("--help")
        || args[0].equals("-h")) {
      out.print(USAGE);
      return 0;
    }
    String command = args[0];
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
        options.put(name, value);
      } else {
        positional.add(a);
      }
    }
    return switch (command) {
      case "serve" -> serve(options);
      case "ingest" -> ingest(options, positional, out, err);
      case "bench" ->
          positional.size() > 0 && positional.get(0).equals("search")
              ? benchSearch(options, positional, out, err)
              : bench(options, positional, out);
      case "reindex" -> reindex(options, out, err);
      case "eval" -> eval(options, out, err);
      default -> throw new UsageException("unknown command '" + command + "'");
    };
  }

  private static Config config(Map<String, String> options, String... allowed) {
    Map<String, String> overrides = new HashMap<>();
    List<String> known = new ArrayList<>(List.of("data", "config"));
    known.addAll(List.of(allowed));
    for (var e : options.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new UsageException("unknown option --" + e.getKey());
      }
      if (!e.getKey().equals("format")) {
        overrides.put(e.getKey(), e.getValue());
      }
    }
    return Config.load(overrides, System.getenv());
  }

  private static int serve(Map<String, String> options) {
    Config config = config(options, "port");
    Quire quire = Quire.open(config);
    SampleData.loadIfEmpty(quire);
    Javalin app = quire.web();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  quire.close();
                  stopped.countDown();
                },
                "quire-shutdown"));
    quire.search().start();
    app.start();
    System.out.printf(
        "Quire is serving %d papers from %s at http://localhost:%d/%n",
        quire.papers().countPapers(), config.dataDir(), app.port());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static int ingest(
      Map<String, String> options, List<String> paths, PrintStream out, PrintStream err) {
    Config config = config(options, "format");
    if (paths.isEmpty()) {
      throw new UsageException("ingest needs at least one FILE or DIR");
    }
    SourceFormat format =
        options.containsKey("format") ? SourceFormat.parse(options.get("format")) : null;
    List<Path> files = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        throw new UsageException("no such file or directory: " + p);
      }
      files.add(path);
    }
    try (Quire quire = Quire.open(config)) {
      Importer importer = quire.importer(ConsoleProgress.forConsole(err));
      ImportSummary summary = importer.importPaths(files, format);
      out.println(summary.describe());
      return 0;
    }
  }

  private static int bench(Map<String, String> options, List<String> args, PrintStream out) {
    if (args.size() < 2 || !args.get(0).equals("import")) {
      throw new UsageException("usage: quire bench import FILE... [--runs N]");
    }
    for (String key : options.keySet()) {
      if (!key.equals("runs")) {
        throw new UsageException("unknown option --" + key);
      }
    }
    int runs;
    try {
      runs = Integer.parseInt(options.getOrDefault("runs", "3"));
    } catch (NumberFormatException e) {
      throw new UsageException("--runs must be a number; got '" + options.get("runs") + "'");
    }
    List<Path> files = args.subList(1, args.size()).stream().map(Path::of).toList();
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new UsageException("no such file or directory: " + f);
      }
    }
    ImportBenchmark.run(files, Math.max(1, runs), out);
    return 0;
  }

  private static int reindex(Map<String, String> options, PrintStream out, PrintStream err) {
    Config config = config(options);
    try (Quire quire = Quire.open(config)) {
      long start = System.nanoTime();
      quire.search().rebuild(line -> err.println("quire: " + line));
      out.printf(
          "%s (%.1f s)%n", quire.search().status().describe(), (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  private static int eval(Map<String, String> options, PrintStream out, PrintStream err) {
    for (String key : options.keySet()) {
      if (!List.of("beir", "limit", "fusion").contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    if (!options.containsKey("beir")) {
      throw new UsageException("usage: quire eval --beir DIR [--limit N]");
    }
    Path dir = Path.of(options.get("beir"));
    if (!Files.isDirectory(dir)) {
      throw new UsageException("no such directory: " + dir);
    }
    int limit = intOption(options, "limit", Integer.MAX_VALUE);
    dev.quire.search.BeirEvaluation.run(
        dir, limit, options.getOrDefault("fusion", "rrf"), out, err);
    return 0;
  }

  private static int benchSearch(
      Map<String, String> options, List<String> args, PrintStream out, PrintStream err) {
    for (String key : options.keySet()) {
      if (!List.of("embed", "queries", "papers").contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    if (args.size() != 2 || !Files.exists(Path.of(args.get(1)))) {
      throw new UsageException(
          "usage: quire bench search KAGGLE_JSONL_GZ [--embed N] [--queries N] [--papers N]");
    }
    dev.quire.search.SearchBenchmark.run(
        Path.of(args.get(1)),
        intOption(options, "papers", 100_000),
        intOption(options, "embed", 2000),
        intOption(options, "queries", 300),
        out,
        err);
    return 0;
  }

  private static int intOption(Map<String, String> options, String name, int defaultValue) {
    String v = options.get(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--" + name + " must be a positive number; got '" + v + "'");
  }

  /** A command-line mistake: reported with the usage hint and exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
