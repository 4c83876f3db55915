package dev.quire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TwoNodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM on one of two nodes under load: it turns /readyz 503, answers every request it accepted,
 * and exits; the other node fails no request meanwhile.
 */
class DrainTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aNodeStoppedWithSigtermDrainsWhileTheOtherServesOn() throws Exception {
    try (TwoNodes nodes = TwoNodes.start(dir, Map.of())) {
      AtomicBoolean running = new AtomicBoolean(true);
      Map<String, AtomicInteger> ok = new ConcurrentHashMap<>();
      List<String> failures = new CopyOnWriteArrayList<>();
      AtomicInteger refusedByStoppedNode = new AtomicInteger();
      AtomicInteger notReadySeen = new AtomicInteger();
      List<Thread> load = new java.util.ArrayList<>();
      for (TwoNodes.Node node : nodes.both()) {
        for (int t = 0; t < 2; t++) {
          load.add(
              Thread.ofPlatform()
                  .start(
                      () -> {
                        while (running.get()) {
                          // a new connection each time: a pooled one closed by the stop is no
                          // dropped request
                          try (HttpClient http =
                              HttpClient.newBuilder()
                                  .connectTimeout(Duration.ofSeconds(5))
                                  .build()) {
                            HttpResponse<String> r =
                                http.send(
                                    HttpRequest.newBuilder(
                                            URI.create(
                                                "http://127.0.0.1:" + node.port() + "/api/papers"))
                                        .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                              ok.computeIfAbsent(node.name(), n -> new AtomicInteger())
                                  .incrementAndGet();
                            } else {
                              failures.add(node + ": " + r.statusCode());
                            }
                          } catch (ConnectException refused) {
                            if (node == nodes.a() && !node.process().isAlive()
                                || node == nodes.a() && notReadySeen.get() > 0) {
                              refusedByStoppedNode.incrementAndGet(); // not accepted: not dropped
                            } else {
                              failures.add(node + ": " + refused);
                            }
                          } catch (IOException | InterruptedException e) {
                            failures.add(node + ": " + e);
                          }
                        }
                      }));
        }
      }
      Thread.sleep(1_000);
      nodes.a().terminate();
      long stop = System.nanoTime();
      while (nodes.a().process().isAlive()
          && System.nanoTime() - stop < TimeUnit.SECONDS.toNanos(30)) {
        try {
          if (nodes.a().get("/readyz").statusCode() == 503) {
            notReadySeen.incrementAndGet();
          }
        } catch (IOException stopped) {
          // the connector has closed
        }
        Thread.sleep(100);
      }
      int aBeforeExit = ok.getOrDefault("a", new AtomicInteger()).get();
      Thread.sleep(500);
      running.set(false);
      for (Thread t : load) {
        t.join();
      }
      assertThat(nodes.a().process().isAlive()).as("the stopped node exited").isFalse();
      assertThat(notReadySeen.get()).as("/readyz said 503 while draining").isPositive();
      assertThat(failures).as("failed requests").isEmpty();
      assertThat(ok.get("b").get()).as("B answered throughout").isPositive();
      System.out.printf(
          "drain: A answered %d (then refused %d new connections), B answered %d%n",
          aBeforeExit, refusedByStoppedNode.get(), ok.get("b").get());
    }
  }
}
