package dev.quire.bench;

import com.sun.net.httpserver.HttpServer;
import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.fakes.SyntheticArxivPages;
import dev.quire.harvest.HarvestListener;
import dev.quire.harvest.HarvestRequest;
import dev.quire.harvest.HarvestResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code quire bench harvest}: serves synthetic arXiv-format OAI-PMH pages of 2,500 records from a
 * local HTTP server and harvests them with no delay into fresh SQLite databases; prints the median
 * records per second (parse and store) and the database size per paper.
 */
public final class HarvestBenchmark {
  static final int PAGE_SIZE = 2500;

  private HarvestBenchmark() {}

  /** Runs the benchmark and returns the median records per second. */
  public static double run(int records, int runs, PrintStream out) {
    SyntheticArxivPages pages = new SyntheticArxivPages(records, PAGE_SIZE);
    List<byte[]> bodies = new ArrayList<>();
    for (int p = 0; p < pages.pages(); p++) {
      bodies.add(pages.page(p));
    }
    long bytes = bodies.stream().mapToLong(b -> b.length).sum();
    out.printf(
        Locale.ROOT,
        "serving %,d synthetic arXiv records in %d pages of %,d (%.1f MB of XML)%n",
        records,
        bodies.size(),
        PAGE_SIZE,
        bytes / 1e6);
    HttpServer server = serve(bodies, 0);
    List<Double> rates = new ArrayList<>();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
      for (int i = 1; i <= runs; i++) {
        Path dir = BenchSupport.tempDir("quire-bench-harvest-");
        try {
          Config loaded = Config.load(Map.of("data", dir.toString(), "sample", "false"), Map.of());
          Config config =
              loaded.with(
                  b ->
                      b.harvest(
                          loaded.harvest().withOaiUrl(url).withRequestInterval(Duration.ZERO)));
          HarvestResult r;
          try (Quire q = Quire.open(config)) {
            r =
                q.harvesting()
                    .harvest(HarvestRequest.parse("cs", "arXiv", null, null), HarvestListener.NONE);
          }
          long dbBytes = size(dir.resolve("quire.db"));
          rates.add(r.recordsPerSecond());
          out.printf(
              Locale.ROOT,
              "run %d: %,d records in %.2f s = %,.0f records/s; SQLite file %.1f MB"
                  + " = %,d bytes per paper%n",
              i,
              r.records(),
              r.elapsed().toMillis() / 1000.0,
              r.recordsPerSecond(),
              dbBytes / 1e6,
              dbBytes / Math.max(1, r.imported()));
        } finally {
          BenchSupport.delete(dir);
        }
      }
    } finally {
      server.stop(0);
    }
    double median = BenchSupport.median(rates);
    out.printf(
        Locale.ROOT,
        "median of %d runs: %,.0f records/s harvested (parse + store, no delay) into SQLite"
            + " (%d processors, heap max %d MB)%n",
        runs,
        median,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    return median;
  }

  /**
   * A local OAI-PMH endpoint at {@code /oai} answering the pages in order (resumption tokens {@code
   * bench|N}), each after {@code delayMillis}.
   */
  public static HttpServer serve(List<byte[]> bodies, long delayMillis) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/oai",
          exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            int page = 0;
            if (query != null && query.contains("resumptionToken=bench%7C")) {
              page = Integer.parseInt(query.replaceAll(".*resumptionToken=bench%7C(\\d+).*", "$1"));
            }
            if (delayMillis > 0) {
              try {
                Thread.sleep(delayMillis);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            byte[] body = bodies.get(page);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
              os.write(body);
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local benchmark server", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
