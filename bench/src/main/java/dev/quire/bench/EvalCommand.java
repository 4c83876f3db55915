package dev.quire.bench;

import dev.quire.app.UsageException;
import dev.quire.eval.BeirEvaluation;
import dev.quire.foryou.eval.RecommendEvaluation;
import dev.quire.search.RankingMethod;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quire eval --beir DIR}: bm25, dense and hybrid ranking on a BEIR dataset; {@code quire
 * eval --recommend}: For you against simple baselines on simulated readers (bench build only).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "--beir DIR: evaluate bm25, dense and hybrid ranking on a BEIR dataset"
          + " (nDCG@10, Recall@100, MRR@10)",
      "--recommend: For you against newest, trending, centroid and tf-idf SVM on simulated readers"
    })
final class EvalCommand implements Callable<Integer> {
  private static final Path ARXIV = Path.of("../shared/data/arxiv");
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--beir", paramLabel = "DIR", description = "BEIR dataset directory")
  Path beir;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      description = "qrels split (default: the only one, or test)")
  String split;

  @Option(
      names = "--limit",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "evaluate only the first N test queries")
  Integer limit;

  @Option(
      names = "--fusion",
      paramLabel = "F",
      defaultValue = "convex",
      description = "hybrid fusion (default ${DEFAULT-VALUE})")
  String fusion;

  @Option(
      names = "--methods",
      paramLabel = "M[,M...]",
      defaultValue = "bm25,dense,hybrid",
      description = "ranking methods (default ${DEFAULT-VALUE})")
  String methods;

  @Option(
      names = "--engine",
      paramLabel = "E",
      defaultValue = "lucene",
      description = "lucene (embedded, default) or solr")
  String engine;

  @Option(
      names = "--zk-hosts",
      paramLabel = "HOSTS",
      description = "SolrCloud's ZooKeeper for --engine solr (default: start a local SolrCloud)")
  String zkHosts;

  @Option(names = "--cache", paramLabel = "DIR", description = "cache of embedded vectors")
  Path cache;

  @Option(names = "--no-cache", description = "embed everything, cache nothing")
  boolean noCache;

  @Option(names = "--recommend", description = "evaluate For you on simulated readers")
  boolean recommend;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "20261128",
      description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--readers",
      paramLabel = "N",
      defaultValue = "60",
      converter = PositiveInt.class,
      description =
          "simulated readers of each kind (default ${DEFAULT-VALUE}: with 20, one reader moves a"
              + " result by up to 0.04 nDCG)")
  int readers;

  @Option(
      names = "--candidates",
      paramLabel = "N",
      defaultValue = "3000",
      converter = PositiveInt.class,
      description = "candidates per reader (default ${DEFAULT-VALUE})")
  int candidates;

  @Option(
      names = "--negatives",
      paramLabel = "N",
      defaultValue = "3000",
      converter = PositiveInt.class,
      description = "negatives per reader (default ${DEFAULT-VALUE})")
  int negatives;

  @Option(
      names = "--start",
      paramLabel = "DAY",
      defaultValue = "2026-03-30",
      description = "first day of the held-out window (default ${DEFAULT-VALUE})")
  LocalDate start;

  @Option(
      names = "--scratch",
      paramLabel = "DIR",
      defaultValue = "target/recommend-eval",
      description = "scratch directory (default ${DEFAULT-VALUE})")
  Path scratch;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      converter = PositiveInt.class,
      description = "threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--files",
      paramLabel = "F[,F...]",
      split = ",",
      description = "Kaggle-layout files (default: the arXiv listings in ../shared/data)")
  List<Path> files;

  @Option(
      names = "--upvotes",
      paramLabel = "DIR",
      defaultValue = "../shared/data/hf-daily-papers",
      description = "Hugging Face daily papers (default ${DEFAULT-VALUE})")
  Path upvotes;

  EvalCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    return recommend ? recommend() : beir();
  }

  private int beir() {
    if (beir == null) {
      throw new UsageException(
          "usage: quire eval --beir DIR [--split NAME] [--limit N] [--fusion F]"
              + " [--methods bm25,dense,hybrid] [--cache DIR | --no-cache] [--engine lucene|solr"
              + " [--zk-hosts HOSTS]] | quire eval --recommend");
    }
    if (!Files.isDirectory(beir)) {
      throw new UsageException("no such directory: " + beir);
    }
    if (!engine.equals("lucene") && !engine.equals("solr")) {
      throw new UsageException("--engine must be lucene or solr; got '" + engine + "'");
    }
    Set<RankingMethod> parsed;
    try {
      parsed = BeirEvaluation.methods(methods);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path vectors = noCache ? null : cache != null ? cache : BeirEvaluation.defaultCache();
    BeirEvaluation.run(
        new BeirEvaluation.Options(
            beir,
            split,
            limit == null ? Integer.MAX_VALUE : limit,
            fusion,
            parsed,
            vectors,
            engine,
            zkHosts),
        out,
        err);
    return 0;
  }

  private int recommend() {
    List<Path> inputs = new ArrayList<>();
    if (files != null) {
      inputs.addAll(files);
    } else {
      inputs.add(ARXIV.resolve("arxiv-listings-2025-2026.kaggle.jsonl.gz"));
      inputs.add(ARXIV.resolve("arxiv-listings-physics.kaggle.jsonl.gz"));
    }
    for (Path f : inputs) {
      if (!Files.exists(f)) {
        throw new UsageException("no such file: " + f + " (give Kaggle-layout files with --files)");
      }
    }
    RecommendEvaluation.run(
        new RecommendEvaluation.Options(
            inputs, upvotes, start, readers, candidates, negatives, seed, scratch, threads),
        out,
        err);
    return 0;
  }
}
