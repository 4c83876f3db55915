package dev.quire.bench;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.ingest.Importer;
import dev.quire.ingest.ProgressListener;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code quire bench embed}: K {@code quire embed --once} processes share the embedding of N real
 * papers through the database's queue (the cluster's way); prints the cluster rate, each worker's
 * coordination time per batch (claim + write) beside its model time, checks that every paper got
 * exactly one vector, and scales the measured one-node rate to all of arXiv on 1, 8 and 32 nodes.
 */
final class EmbedBenchmark {
  /** Papers of all of arXiv (2025), the scale the extrapolation is for. */
  static final long ARXIV = 2_600_000;

  static final Pattern DONE =
      Pattern.compile(
          "done: (\\d+) papers in ([0-9.]+) s = ([0-9.]+) papers/s; (\\d+) batches, per batch:"
              + " model ([0-9.]+) ms, claim \\+ write ([0-9.]+) ms");

  /** What one worker process reported. */
  record Worker(int papers, double seconds, int batches, double modelMs, double overheadMs) {}

  /** One run with K workers. */
  record Run(int workers, int threads, List<Worker> each, double clusterRate, int duplicates) {
    double overheadMs() {
      return each.stream().mapToDouble(Worker::overheadMs).average().orElse(0);
    }

    double modelMs() {
      return each.stream().mapToDouble(Worker::modelMs).average().orElse(0);
    }
  }

  record Options(
      Path listings,
      int papers,
      List<Integer> workers,
      int threads,
      int batch,
      String jdbcUrl,
      String dbUser,
      String dbPassword) {}

  private EmbedBenchmark() {}

  static void run(Options o, PrintStream out, PrintStream err) throws Exception {
    Path dir = BenchSupport.tempDir("quire-bench-embed");
    try {
      Path sample = firstRecords(o.listings(), o.papers(), dir.resolve("papers.jsonl"));
      out.printf(
          Locale.ROOT,
          "embedding %,d real papers from %s with K worker processes (quire embed --once) on %s,"
              + " batches of %d; %d cores here%n",
          o.papers(),
          o.listings().getFileName(),
          o.jdbcUrl() == null ? "SQLite" : "PostgreSQL",
          o.batch(),
          Runtime.getRuntime().availableProcessors());
      List<Run> runs = new ArrayList<>();
      for (int k : o.workers()) {
        runs.add(runOnce(o, k, sample, dir.resolve("k" + k), out, err));
      }
      int fewest = o.workers().stream().mapToInt(Integer::intValue).min().orElse(1);
      List<Run> base =
          runs.stream()
              .filter(r -> r.workers() == fewest)
              .sorted(java.util.Comparator.comparingDouble(Run::clusterRate))
              .toList();
      scale(base.get(base.size() / 2), out); // the median run of the fewest workers

    } finally {
      BenchSupport.delete(dir);
    }
  }

  private static Run runOnce(
      Options o, int k, Path sample, Path dir, PrintStream out, PrintStream err) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = o.threads() > 0 ? o.threads() : Math.max(1, cores / k);
    Map<String, String> db = database(o, dir);
    Config config = Config.load(withData(db, dir.resolve("seed")), Map.of());
    try (Quire q = Quire.open(config)) {
      new Importer(q.paperStore(), dir, ProgressListener.NONE).importPaths(List.of(sample), null);
    }
    List<Process> workers = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Path data = Files.createDirectories(dir.resolve("worker-" + i));
      Path log = data.resolve("worker.log");
      List<String> args = new ArrayList<>(List.of("embed", "--once"));
      withData(db, data)
          .forEach(
              (key, value) -> {
                args.add("--" + key);
                args.add(value);
              });
      args.addAll(
          List.of("--embed.batch", Integer.toString(o.batch()), "--search.threads", "" + threads));
      workers.add(ChildJvm.start(log, args.toArray(String[]::new)));
      logs.add(log);
    }
    List<Worker> each = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Process p = workers.get(i);
      if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            "worker " + i + " failed:\n" + Files.readString(logs.get(i)));
      }
      each.add(parse(Files.readString(logs.get(i))));
    }
    int duplicates;
    int stored;
    try (Quire q = Quire.open(config)) {
      duplicates =
          q.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT COUNT(*) FROM (SELECT paper_id FROM embed_log"
                                  + " GROUP BY paper_id HAVING COUNT(*) > 1) d")
                          .mapTo(Integer.class)
                          .one());
      stored =
          q.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM paper_vectors WHERE model = :m")
                          .bind("m", OnnxEmbedder.MODEL)
                          .mapTo(Integer.class)
                          .one());
    }
    dropSchema(db);
    int papers = each.stream().mapToInt(Worker::papers).sum();
    double longest = each.stream().mapToDouble(Worker::seconds).max().orElse(1);
    Run run = new Run(k, threads, each, papers / longest, duplicates);
    out.printf(
        Locale.ROOT,
        "K=%d worker process%s x %d thread%s: %,d papers (%,d vectors stored, %d stored twice),"
            + " cluster %.2f papers/s; per batch of %d: model %.0f ms, claim + write %.1f ms"
            + " (%.2f%% coordination); by worker %s%n",
        k,
        k == 1 ? "" : "es",
        threads,
        threads == 1 ? "" : "s",
        papers,
        stored,
        duplicates,
        run.clusterRate(),
        o.batch(),
        run.modelMs(),
        run.overheadMs(),
        100 * run.overheadMs() / (run.overheadMs() + run.modelMs()),
        each.stream().map(w -> Integer.toString(w.papers())).toList());
    err.printf("K=%d done%n", k);
    return run;
  }

  /** All of arXiv at the one-node rate, on n nodes, with the coordination measured per batch. */
  private static void scale(Run one, PrintStream out) {
    double rate = one.clusterRate();
    double batchesPerNode = rate / (one.each().get(0).batches() == 0 ? 1 : batchPapers(one));
    out.printf(
        Locale.ROOT,
        "all of arXiv (%,d papers) at %.2f papers/s per %d-core node (coordination already in it:"
            + " %.1f ms per batch):%n",
        ARXIV,
        rate,
        Runtime.getRuntime().availableProcessors(),
        one.overheadMs());
    for (int n : new int[] {1, 8, 32}) {
      double hours = ARXIV / (rate * n) / 3600;
      out.printf(
          Locale.ROOT,
          "  %2d node%s: %6.1f h (%5.1f papers/s; the database sees %.0f batch transactions/s)%n",
          n,
          n == 1 ? " " : "s",
          hours,
          rate * n,
          2 * batchesPerNode * n);
    }
  }

  private static double batchPapers(Run run) {
    Worker w = run.each().get(0);
    return w.batches() == 0 ? 1 : (double) w.papers() / w.batches();
  }

  static Worker parse(String log) {
    Matcher m = DONE.matcher(log);
    if (!m.find()) {
      throw new IllegalStateException("no summary line in the worker's output:\n" + log);
    }
    return new Worker(
        Integer.parseInt(m.group(1)),
        Double.parseDouble(m.group(2)),
        Integer.parseInt(m.group(4)),
        Double.parseDouble(m.group(5)),
        Double.parseDouble(m.group(6)));
  }

  /** The database settings of a fresh database: a new schema on PostgreSQL, else SQLite. */
  private static Map<String, String> database(Options o, Path dir) throws IOException {
    Map<String, String> db = new HashMap<>();
    db.put("sample", "false");
    db.put("search.semantic", "false");
    if (o.jdbcUrl() == null) {
      Files.createDirectories(dir);
      db.put("jdbc.url", "jdbc:sqlite:" + dir.resolve("quire.db"));
      return db;
    }
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), o.dbPassword());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema at " + o.jdbcUrl() + ": " + e, e);
    }
    db.put(
        "jdbc.url",
        o.jdbcUrl() + (o.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
    db.put("db.user", o.dbUser());
    db.put("db.password", o.dbPassword());
    db.put("bench.schema", schema);
    db.put("bench.url", o.jdbcUrl());
    return db;
  }

  private static void dropSchema(Map<String, String> db) {
    String schema = db.get("bench.schema");
    if (schema == null) {
      return;
    }
    try (Connection c =
            DriverManager.getConnection(
                db.get("bench.url"), db.get("db.user"), db.get("db.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      System.err.println("could not drop schema " + schema + ": " + e.getMessage());
    }
  }

  private static Map<String, String> withData(Map<String, String> db, Path data) {
    Map<String, String> values = new HashMap<>(db);
    values.remove("bench.schema");
    values.remove("bench.url");
    values.put("data", data.toString());
    return values;
  }

  /** The first {@code n} lines of a (gzipped) Kaggle JSON-lines file, as a file of their own. */
  static Path firstRecords(Path listings, int n, Path to) throws IOException {
    boolean gz = listings.getFileName().toString().endsWith(".gz");
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    gz
                        ? new GZIPInputStream(Files.newInputStream(listings))
                        : Files.newInputStream(listings),
                    StandardCharsets.UTF_8));
        Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      int written = 0;
      while (written < n && (line = in.readLine()) != null) {
        if (!line.isBlank()) {
          w.write(line);
          w.write('\n');
          written++;
        }
      }
      if (written < n) {
        throw new UncheckedIOException(
            new IOException(listings + " has only " + written + " records, asked for " + n));
      }
    }
    return to;
  }
}
