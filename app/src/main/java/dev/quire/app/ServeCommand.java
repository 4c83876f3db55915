package dev.quire.app;

import dev.quire.digest.DigestJob;
import dev.quire.harvest.HarvestJob;
import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code quire serve}: the web server, with the daily harvest and digest jobs when configured. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "run the web server (imports the built-in sample into an empty database)")
final class ServeCommand extends ConfiguredCommand {
  @Override
  public Integer call() {
    Config config = config();
    Quire quire = Quire.open(config);
    SampleData.loadIfEmpty(quire);
    Javalin app = quire.web();
    HarvestJob job = quire.harvesting().job();
    DigestJob digestJob = quire.digests().job();
    CountDownLatch stopped = new CountDownLatch(1);
    dev.quire.system.GracefulStop.install(
        () -> {
          // drain: the load balancer sees /readyz 503 and stops sending; requests in
          // flight finish (Jetty's graceful stop); then jobs release their claims
          quire.readiness().drain();
          pauseForLoadBalancer();
          app.stop();
          quire.close(); // stops the cluster jobs and embedding threads, releases their claims
          stopped.countDown();
        },
        "quire-shutdown");
    quire.search().start();
    if (config.solr().solr()) {
      quire.solr().startSync();
    }
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
      job.scheduleOn(quire.jobs());
    }
    if (digestJob != null) {
      digestJob.scheduleOn(quire.jobs());
    }
    quire.jobs().start();
    if (job != null) {
      System.out.printf(
          "Daily harvest of %s at %s UTC; next run %s%n",
          String.join(", ", config.harvest().sets()), config.harvest().dailyAt(), job.nextRun());
    }
    if (digestJob != null) {
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

  /** How long a draining node keeps answering before it stops accepting connections. */
  static final long DRAIN_PAUSE_MILLIS = 2_000;

  private static void pauseForLoadBalancer() {
    try {
      Thread.sleep(DRAIN_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
