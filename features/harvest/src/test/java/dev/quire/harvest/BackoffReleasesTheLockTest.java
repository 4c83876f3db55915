package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request backing off after a failure does not hold the one-request-at-a-time lock while it
 * sleeps (security review, item 6): another request goes meanwhile.
 */
class BackoffReleasesTheLockTest {
  @Test
  void anotherRequestIsServedWhileAFailedOneWaitsToRetry() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          boolean busy = ex.getRequestURI().getPath().equals("/busy");
          byte[] body = (busy ? "busy" : "fine").getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(busy ? 503 : 200, body.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
    CountDownLatch backingOff = new CountDownLatch(1);
    CountDownLatch wakeUp = new CountDownLatch(1);
    Sleeper sleeper =
        d -> {
          backingOff.countDown();
          wakeUp.await(20, TimeUnit.SECONDS);
        };
    PoliteHttpClient client =
        new PoliteHttpClient(
            new PoliteHttpClient.Politeness(
                Duration.ZERO, 2, Duration.ofSeconds(10), Duration.ofMinutes(5)),
            Clock.systemUTC(),
            sleeper);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> failing =
          pool.submit(
              () -> {
                try {
                  client.get(URI.create(base + "/busy")).close();
                } catch (Exception e) {
                  // gives up after 2 attempts; what matters is the other request
                }
                return null;
              });
      assertThat(backingOff.await(20, TimeUnit.SECONDS)).isTrue();
      Future<String> other =
          pool.submit(
              () -> {
                try (InputStream in = client.get(URI.create(base + "/fine"))) {
                  return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
              });
      assertThat(other.get(15, TimeUnit.SECONDS)).isEqualTo("fine");
      wakeUp.countDown();
      failing.get(20, TimeUnit.SECONDS);
    } finally {
      wakeUp.countDown();
      pool.shutdownNow();
      server.stop(0);
    }
  }
}
