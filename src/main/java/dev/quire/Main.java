package dev.quire;

import dev.quire.account.AccountException;
import dev.quire.digest.DigestJob;
import dev.quire.harvest.HarvestJob;
import dev.quire.ingest.ConsoleProgress;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.Importer;
import dev.quire.ingest.SourceFormat;
import dev.quire.system.Backup;
import dev.quire.system.Config;
import dev.quire.system.DigestBenchmark;
import dev.quire.system.HarvestBenchmark;
import dev.quire.system.ImportBenchmark;
import dev.quire.system.MapBenchmark;
import dev.quire.system.Quire;
import dev.quire.system.SampleData;
import dev.quire.system.StorageErrors;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command-line entry point: {@code quire serve | ingest | harvest | add | digest | bench | help}.
 */
public final class Main {
  private static final String USAGE =
      """
      Usage: quire <command> [options]

      Commands:
        serve                 run the web server (imports the built-in sample into an empty database)
            --port N          HTTP port (default 8080)
        ingest FILE|DIR...    import Hugging Face daily_papers JSON or Kaggle arXiv JSON lines (.gz too)
            --format F        hf | kaggle (default: detected from the content)
        harvest               harvest arXiv over OAI-PMH, incrementally (resumes an interrupted run)
            --set S[,S...]    sets: cs, math, physics:hep-th, ... or all (default: harvest.sets)
            --from DAY        start at this datestamp (YYYY-MM-DD) instead of where the last run ended
            --until DAY       stop at this datestamp
            --format F        arXiv (default) | arXivRaw (version history) | oai_dc
            --url URL         OAI-PMH base URL (default https://oaipmh.arxiv.org/oai)
            --delay SECONDS   pause between requests (default 3, arXiv's limit)
        harvest --status      per set: last datestamp, records harvested, last run, last error
        harvest --identify    what the OAI-PMH repository says of itself
        harvest --record ID   fetch one paper by OAI-PMH GetRecord (with --format arXivRaw: all versions)
        add ID...             fetch papers by arXiv id from the arXiv API (one request for up to 100 ids)
        digest send           mail the digests of a day now (idempotent: a repeated run sends nothing twice)
            --date DAY        the day whose papers are mailed (default: as the schedule would, digest.day)
        digest status         subscribers, latest runs, sent and failed counts
        bench import FILE...  import into fresh SQLite databases and print the median papers/s
            --runs N          repetitions (default 3)
        bench harvest         harvest synthetic OAI-PMH pages from a local server, print the median records/s
            --records N       records to harvest (default 50000), --runs N repetitions (default 3)
        backup DIR            consistent online copy of the SQLite database into a new directory
        restore DIR           restore a backup into the (empty) data directory; --force replaces one
        admin grant EMAIL     give the admin role to the account with this email
        admin revoke EMAIL    take the admin role away again
        reindex               rebuild the search index from the database, embedding papers without vectors
        eval --beir DIR       evaluate bm25, dense and hybrid ranking on a BEIR dataset (nDCG@10, Recall@100, MRR@10)
            --limit N         evaluate only the first N test queries
        eval --recommend      For you against newest, trending, centroid and tf-idf SVM on simulated readers
            --seed N --readers N --candidates N --start DAY --scratch DIR --threads N (see README)
        bench foryou          /for-you latency for a reader with 200 positives over 7 days of 5,000+ papers
            --papers N --rounds N
        bench search FILE     search latency and throughput (bm25, dense, hybrid) over 100k papers
            --embed N         papers embedded with the model (the rest get random unit vectors; default 2000)
            --queries N       queries per method (default 300)
        bench digest          one digest run to N subscribers through a local SMTP sink, print mails/s
        bench map             the map of a month of N papers over HTTP: first request, then median and p90
            --papers N        papers in the month (default 3500), --rounds N requests after the first (default 30)
            --subscribers N   subscribers (default 10000), --runs N repetitions (default 1)
        help                  show this text

      Common options:
        --data DIR            data directory (default ./data)
        --config FILE         config file (default DIR/quire.properties when present)

      Environment: QUIRE_DATA, QUIRE_PORT, QUIRE_JDBC_URL, QUIRE_DB_USER, QUIRE_DB_PASSWORD, QUIRE_BASE_URL,
        QUIRE_HARVEST_SETS, QUIRE_HARVEST_DAILY_AT, QUIRE_HARVEST_URL,
        QUIRE_API_RATE (API requests per minute per client or token), QUIRE_MAIL_FROM,
                QUIRE_MAIL_SMTP_HOST, QUIRE_MAIL_SMTP_PORT, QUIRE_MAIL_SMTP_SECURITY, QUIRE_MAIL_SMTP_USER,
        QUIRE_MAIL_SMTP_PASSWORD, QUIRE_DIGEST_AT, QUIRE_DIGEST_ZONE, QUIRE_DIGEST_SECRET
      """;

  /** Options that take no value. */
  private static final List<String> FLAGS =
      List.of("status", "identify", "force", "recommend", "no-cache");

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
      String storage = StorageErrors.describe(e, dataDirOf(args));
      System.err.println("quire: " + (storage != null ? storage : e.getMessage()));
      code = 1;
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The data directory a command line names (--data, QUIRE_DATA, or ./data), for error messages.
   */
  private static Path dataDirOf(String[] args) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--data")) {
        return Path.of(args[i + 1]).toAbsolutePath();
      }
      if (args[i].startsWith("--data=")) {
        return Path.of(args[i].substring(7)).toAbsolutePath();
      }
    }
    String env = System.getenv("QUIRE_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath();
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
        } else if (FLAGS.contains(name)) {
          value = "true";
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
          positional.size() > 0 && positional.get(0).equals("foryou")
              ? ForYouCommands.bench(options, out)
              : positional.size() > 0 && positional.get(0).equals("search")
                  ? benchSearch(options, positional, out, err)
                  : bench(options, positional, out);
      case "harvest" -> HarvestCommands.harvest(options, positional, out, err);
      case "add" -> HarvestCommands.add(options, positional, out);
      case "backup" -> backup(options, positional, out, false);
      case "restore" -> backup(options, positional, out, true);
      case "admin" -> admin(options, positional, out);
      case "reindex" -> reindex(options, out, err);
      case "eval" -> eval(options, out, err);
      case "digest" -> DigestCommands.digest(options, positional, out);
      default -> throw new UsageException("unknown command '" + command + "'");
    };
  }

  static Config config(Map<String, String> options, String... allowed) {
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
    HarvestJob job = quire.harvesting().job();
    DigestJob digestJob = quire.digests().job();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (job != null) {
                    job.close();
                  }
                  if (digestJob != null) {
                    digestJob.close();
                  }
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
    System.out.println(quire.links().describe());
    if (config.host().equals("127.0.0.1")) {
      System.out.println(
          "Listening on this machine only (host=127.0.0.1); set host=0.0.0.0 and base.url to"
              + " serve other machines");
    }
    if (job != null) {
      job.start();
      System.out.printf(
          "Daily harvest of %s at %s UTC; next run %s%n",
          String.join(", ", config.harvest().sets()), config.harvest().dailyAt(), job.nextRun());
    }
    if (digestJob != null) {
      digestJob.start();
      System.out.printf(
          "Email digests at %s %s, mail to %s; next run %s%n",
          config.digest().at(),
          config.digest().zone(),
          quire.digests().mailDescription(),
          digestJob.nextRun());
    }
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
    if (args.size() == 1 && args.get(0).equals("map")) {
      for (String key : options.keySet()) {
        if (!key.equals("papers") && !key.equals("rounds")) {
          throw new UsageException("unknown option --" + key);
        }
      }
      try {
        MapBenchmark.run(
            HarvestCommands.number(options, "papers", 3_500),
            HarvestCommands.number(options, "rounds", 30),
            out);
      } catch (Exception e) {
        throw new IllegalStateException("bench map failed: " + e.getMessage(), e);
      }
      return 0;
    }
    if (args.size() == 1 && args.get(0).equals("digest")) {
      for (String key : options.keySet()) {
        if (!key.equals("runs") && !key.equals("subscribers")) {
          throw new UsageException("unknown option --" + key);
        }
      }
      DigestBenchmark.run(
          HarvestCommands.number(options, "subscribers", 10_000),
          HarvestCommands.number(options, "runs", 1),
          out);
      return 0;
    }
    if (args.size() == 1 && args.get(0).equals("harvest")) {
      for (String key : options.keySet()) {
        if (!key.equals("runs") && !key.equals("records")) {
          throw new UsageException("unknown option --" + key);
        }
      }
      HarvestBenchmark.run(
          HarvestCommands.number(options, "records", 50_000),
          HarvestCommands.number(options, "runs", 3),
          out);
      return 0;
    }
    if (args.size() < 2 || !args.get(0).equals("import")) {
      throw new UsageException(
          "usage: quire bench import FILE... [--runs N] | quire bench harvest [--records N]"
              + " [--runs N] | quire bench digest [--subscribers N] [--runs N]");
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

  private static int backup(
      Map<String, String> options, List<String> args, PrintStream out, boolean restore) {
    String verb = restore ? "restore" : "backup";
    if (args.size() != 1) {
      throw new UsageException("usage: quire " + verb + " DIR" + (restore ? " [--force]" : ""));
    }
    Config config = config(options, restore ? new String[] {"force"} : new String[0]);
    Path dir = Path.of(args.get(0));
    out.println(
        restore
            ? Backup.restore(config, dir, options.containsKey("force"))
            : Backup.backup(config, dir));
    return 0;
  }

  private static int admin(Map<String, String> options, List<String> args, PrintStream out) {
    if (args.size() != 2 || !(args.get(0).equals("grant") || args.get(0).equals("revoke"))) {
      throw new UsageException("usage: quire admin grant|revoke EMAIL");
    }
    Config config = config(options);
    boolean grant = args.get(0).equals("grant");
    try (Quire quire = Quire.open(config)) {
      try {
        quire.accounts().setAdmin(args.get(1), grant);
      } catch (AccountException e) {
        throw new UsageException(e.getMessage());
      }
    }
    out.println(
        (grant ? "granted" : "revoked")
            + " the admin role "
            + (grant ? "to " : "of ")
            + args.get(1));
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
    if (options.containsKey("recommend")) {
      return ForYouCommands.evalRecommend(options, out, err);
    }
    for (String key : options.keySet()) {
      if (!List.of("beir", "limit", "fusion", "split", "methods", "cache", "no-cache")
          .contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    if (!options.containsKey("beir")) {
      throw new UsageException(
          "usage: quire eval --beir DIR [--split NAME] [--limit N] [--fusion F]"
              + " [--methods bm25,dense,hybrid] [--cache DIR | --no-cache]");
    }
    Path dir = Path.of(options.get("beir"));
    if (!Files.isDirectory(dir)) {
      throw new UsageException("no such directory: " + dir);
    }
    int limit = intOption(options, "limit", Integer.MAX_VALUE);
    java.util.Set<dev.quire.search.RankingMethod> methods;
    try {
      methods =
          dev.quire.eval.BeirEvaluation.methods(
              options.getOrDefault("methods", "bm25,dense,hybrid"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path cache =
        options.containsKey("no-cache")
            ? null
            : Path.of(
                options.getOrDefault(
                    "cache", dev.quire.eval.BeirEvaluation.defaultCache().toString()));
    dev.quire.eval.BeirEvaluation.run(
        new dev.quire.eval.BeirEvaluation.Options(
            dir,
            options.get("split"),
            limit,
            options.getOrDefault("fusion", "convex"),
            methods,
            cache),
        out,
        err);
    return 0;
  }

  private static int benchSearch(
      Map<String, String> options, List<String> args, PrintStream out, PrintStream err) {
    for (String key : options.keySet()) {
      if (!List.of("embed", "queries", "papers", "rounds", "keep").contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
    if (args.size() != 2 || !Files.exists(Path.of(args.get(1)))) {
      throw new UsageException(
          "usage: quire bench search KAGGLE_JSONL_GZ [--embed N] [--queries N] [--papers N]"
              + " [--rounds N] [--keep DIR]");
    }
    dev.quire.bench.SearchBenchmark.run(
        new dev.quire.bench.SearchBenchmark.Options(
            Path.of(args.get(1)),
            intOption(options, "papers", 100_000),
            intOption(options, "embed", 2000),
            intOption(options, "queries", 300),
            intOption(options, "rounds", 3),
            options.containsKey("keep") ? Path.of(options.get("keep")) : null),
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
