package dev.quire.bench;

import dev.quire.app.UsageException;
import dev.quire.foryou.eval.ForYouBenchmark;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire bench ...}: the benchmarks, one subcommand each (bench build only). */
final class BenchCommands {
  private BenchCommands() {}

  private static void exists(List<Path> files) {
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new UsageException("no such file or directory: " + f);
      }
    }
  }

  @Command(
      name = "bench",
      mixinStandardHelpOptions = true,
      description = "benchmarks: import, harvest, digest, map, foryou, search, embed",
      synopsisSubcommandLabel = "(import | harvest | digest | map | foryou | search | embed)")
  static final class Bench implements Runnable {
    final PrintStream out;
    final PrintStream err;

    Bench(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void run() {
      throw new UsageException(
          "bench needs a benchmark: import, harvest, digest, map, foryou, search or embed"
              + " (see 'quire bench --help')");
    }

    @Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "import into fresh SQLite databases and print the median papers/s")
    int importFiles(
        @Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files,
        @Option(
                names = "--runs",
                paramLabel = "N",
                defaultValue = "3",
                converter = PositiveInt.class,
                description = "repetitions (default ${DEFAULT-VALUE})")
            int runs) {
      exists(files);
      ImportBenchmark.run(files, runs, out);
      return 0;
    }

    @Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description =
            "harvest synthetic OAI-PMH pages from a local server, print the median records/s")
    int harvest(
        @Option(
                names = "--records",
                paramLabel = "N",
                defaultValue = "50000",
                converter = PositiveInt.class,
                description = "records to harvest (default ${DEFAULT-VALUE})")
            int records,
        @Option(
                names = "--runs",
                paramLabel = "N",
                defaultValue = "3",
                converter = PositiveInt.class,
                description = "repetitions (default ${DEFAULT-VALUE})")
            int runs) {
      HarvestBenchmark.run(records, runs, out);
      return 0;
    }

    @Command(
        name = "digest",
        mixinStandardHelpOptions = true,
        description = "one digest run to N subscribers through a local SMTP sink, print mails/s")
    int digest(
        @Option(
                names = "--subscribers",
                paramLabel = "N",
                defaultValue = "10000",
                converter = PositiveInt.class,
                description = "subscribers (default ${DEFAULT-VALUE})")
            int subscribers,
        @Option(
                names = "--runs",
                paramLabel = "N",
                defaultValue = "1",
                converter = PositiveInt.class,
                description = "repetitions (default ${DEFAULT-VALUE})")
            int runs) {
      DigestBenchmark.run(subscribers, runs, out);
      return 0;
    }

    @Command(
        name = "map",
        mixinStandardHelpOptions = true,
        description =
            "the map of a month of N papers over HTTP: first request, then median and p90")
    int map(
        @Option(
                names = "--papers",
                paramLabel = "N",
                defaultValue = "3500",
                converter = PositiveInt.class,
                description = "papers in the month (default ${DEFAULT-VALUE})")
            int papers,
        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "30",
                converter = PositiveInt.class,
                description = "requests after the first (default ${DEFAULT-VALUE})")
            int rounds) {
      try {
        MapBenchmark.run(papers, rounds, out);
      } catch (Exception e) {
        throw new IllegalStateException("bench map failed: " + e.getMessage(), e);
      }
      return 0;
    }

    @Command(
        name = "foryou",
        mixinStandardHelpOptions = true,
        description = "/for-you latency for a reader with many positives over 7 days of papers")
    int forYou(
        @Option(
                names = "--papers",
                paramLabel = "N",
                defaultValue = "5000",
                converter = PositiveInt.class,
                description = "papers (default ${DEFAULT-VALUE})")
            int papers,
        @Option(
                names = "--positives",
                paramLabel = "N",
                defaultValue = "200",
                converter = PositiveInt.class,
                description = "the reader's positives (default ${DEFAULT-VALUE})")
            int positives,
        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "200",
                converter = PositiveInt.class,
                description = "requests (default ${DEFAULT-VALUE})")
            int rounds) {
      ForYouBenchmark.run(papers, positives, rounds, out);
      return 0;
    }

    @Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description =
            "K embedding worker processes sharing N papers through the database: cluster rate,"
                + " coordination per batch, and all of arXiv on 1, 8 and 32 nodes")
    int embed(
        @Parameters(paramLabel = "KAGGLE_JSONL_GZ") Path file,
        @Option(
                names = "--papers",
                paramLabel = "N",
                defaultValue = "1500",
                converter = PositiveInt.class,
                description = "papers embedded per run (default ${DEFAULT-VALUE})")
            int papers,
        @Option(
                names = "--workers",
                paramLabel = "K,...",
                split = ",",
                defaultValue = "1,2",
                description = "worker processes per run, one run each (default ${DEFAULT-VALUE})")
            List<Integer> workers,
        @Option(
                names = "--threads",
                paramLabel = "T",
                defaultValue = "0",
                description = "threads per worker; 0: the cores divided by K (default)")
            int threads,
        @Option(
                names = "--batch",
                paramLabel = "N",
                defaultValue = "32",
                converter = PositiveInt.class,
                description = "papers per claim (default ${DEFAULT-VALUE})")
            int batch,
        @Option(
                names = "--jdbc-url",
                paramLabel = "URL",
                description =
                    "PostgreSQL to run on (a fresh schema, dropped after); default: SQLite")
            String jdbcUrl,
        @Option(names = "--db-user", paramLabel = "USER", defaultValue = "quire") String dbUser,
        @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "quire")
            String dbPassword) {
      exists(List.of(file));
      if (workers.stream().anyMatch(k -> k < 1)) {
        throw new UsageException("--workers must be positive numbers, was " + workers);
      }
      try {
        EmbedBenchmark.run(
            new EmbedBenchmark.Options(
                file, papers, workers, threads, batch, jdbcUrl, dbUser, dbPassword),
            out,
            err);
      } catch (Exception e) {
        throw new IllegalStateException("bench embed failed: " + e.getMessage(), e);
      }
      return 0;
    }

    @Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "search latency and throughput (bm25, dense, hybrid) over 100k papers")
    int search(
        @Parameters(paramLabel = "KAGGLE_JSONL_GZ") Path file,
        @Option(
                names = "--papers",
                paramLabel = "N",
                defaultValue = "100000",
                converter = PositiveInt.class,
                description = "papers indexed (default ${DEFAULT-VALUE})")
            int papers,
        @Option(
                names = "--embed",
                paramLabel = "N",
                defaultValue = "2000",
                converter = PositiveInt.class,
                description =
                    "papers embedded with the model; the rest get random unit vectors"
                        + " (default ${DEFAULT-VALUE})")
            int embed,
        @Option(
                names = "--queries",
                paramLabel = "N",
                defaultValue = "300",
                converter = PositiveInt.class,
                description = "queries per method (default ${DEFAULT-VALUE})")
            int queries,
        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "3",
                converter = PositiveInt.class,
                description = "rounds (default ${DEFAULT-VALUE})")
            int rounds,
        @Option(
                names = "--keep",
                paramLabel = "DIR",
                description = "keep the built index in DIR and reuse it")
            Path keep,
        @Option(
                names = "--engine",
                paramLabel = "E",
                defaultValue = "lucene",
                description =
                    "lucene (default), or solr: also a local SolrCloud (2 nodes, 2x2) over the same"
                        + " corpus, its latency beside the embedded engine's")
            String engine) {
      exists(List.of(file));
      if (!engine.equals("lucene") && !engine.equals("solr")) {
        throw new UsageException("--engine must be lucene or solr; got '" + engine + "'");
      }
      SearchBenchmark.run(
          new SearchBenchmark.Options(file, papers, embed, queries, rounds, keep, engine),
          out,
          err);
      return 0;
    }
  }
}
