package dev.quire.app;

import dev.quire.search.embed.EmbedSettings;
import dev.quire.search.embed.EmbeddingJob;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.embed.VectorRepository;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quire embed --worker}: a node that only embeds. It asks for a vector of every paper
 * without one, then claims batches from the queue it shares with every node on the database until
 * stopped (or, with {@code --once}, until nothing is left), printing its rate. No web server, no
 * search index: serve nodes take the vectors from the database (the change feed tells them which).
 */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description =
        "embed papers without vectors, sharing the work with every node on the database"
            + " (no web server)")
final class EmbedCommand extends ConfiguredCommand {
  @Option(
      names = "--worker",
      description = "keep claiming papers to embed until stopped (SIGTERM releases the claims)")
  boolean worker;

  @Option(names = "--once", description = "stop when no paper is left to embed")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    if (!worker && !once) {
      throw new UsageException("say --worker (keep embedding until stopped) or --once (or both)");
    }
    Config config = config();
    Quire quire = Quire.open(config);
    EmbedSettings settings =
        new EmbedSettings(true, config.embed().lease(), config.embed().batch());
    EmbeddingJob job =
        new EmbeddingJob(
            quire.papers(),
            new VectorRepository(quire.database().jdbi()).queue(),
            (paper, vector) -> {},
            OnnxEmbedder.load(),
            new EmbeddingJob.Options(
                quire.node(), settings, config.embedThreads(), quire::announceVectors),
            line -> out().println("quire: " + line));
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        dev.quire.system.GracefulStop.install(
            () -> {
              job.close(); // releases this worker's claims: the other nodes take them at once
              quire.close();
              stopped.countDown();
            },
            "quire-embed-stop");
    int added = job.requestMissing();
    int waiting = job.queued();
    out()
        .printf(
            "embedding worker %s: %,d papers waiting in the cluster (%,d newly asked for);"
                + " batches of %d, lease %d s, %d threads%n",
            job.worker(),
            waiting,
            added,
            settings.batch(),
            settings.lease().toSeconds(),
            config.embedThreads());
    long start = System.nanoTime();
    job.start();
    if (once) {
      job.awaitIdle(Long.MAX_VALUE / 4);
      summary(job, start);
      stop.run();
    } else {
      stopped.await();
    }
    return 0;
  }

  private void summary(EmbeddingJob job, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    EmbeddingJob.Timings t = job.timings();
    out()
        .printf(
            Locale.ROOT,
            "embedding worker %s done: %d papers in %.1f s = %.2f papers/s; %d batches,"
                + " per batch: model %.1f ms, claim + write %.1f ms%n",
            job.worker(),
            t.papers(),
            seconds,
            t.papers() / seconds,
            t.batches(),
            t.modelMillisPerBatch(),
            t.overheadMillisPerBatch());
  }
}
