package dev.quire.harvest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs URLs politely: one request at a time, each starting at least {@code minInterval} after the
 * previous response was fully read; HTTP 503/429 honour Retry-After; connection failures and 5xx
 * are retried with exponential backoff. Waiting goes through an injectable clock and sleeper, so
 * tests verify it without waiting.
 */
final class PoliteHttpClient {
  private static final Logger LOG = LoggerFactory.getLogger(PoliteHttpClient.class);
  static final String USER_AGENT =
      "Quire/0.1 (self-hosted research-papers hub; polite OAI-PMH harvester)";
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final HttpClient http;
  private final Politeness rules;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Semaphore oneAtATime = new Semaphore(1);
  private Instant lastDone;

  /**
   * How polite to be.
   *
   * @param minInterval least time between the end of one response and the next request
   * @param maxAttempts attempts per URL before giving up, at least 1
   * @param backoff first wait after a failure without Retry-After; doubles each time, capped at 10
   *     minutes
   * @param maxRetryAfter the longest Retry-After honoured; a longer one ends the run with a message
   */
  record Politeness(
      Duration minInterval, int maxAttempts, Duration backoff, Duration maxRetryAfter) {
    Politeness {
      if (minInterval.isNegative()) {
        throw new IllegalArgumentException(
            "request interval must not be negative, was " + minInterval);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("attempts must be >= 1, was " + maxAttempts);
      }
    }
  }

  PoliteHttpClient(Politeness rules, Clock clock, Sleeper sleeper) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.rules = rules;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * The body of a 2xx response to GET {@code uri}, decompressed; the next request waits until it is
   * closed. Throws {@link HttpStatusException} for a final error status, {@link HarvestException}
   * when retries run out.
   */
  InputStream get(URI uri) {
    String lastProblem = null;
    for (int attempt = 1; attempt <= rules.maxAttempts(); attempt++) {
      Duration retryIn = rules.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
      acquire(); // held for one request only, never while backing off: others may go meanwhile
      boolean held = true;
      try {
        waitForTurn();
        HttpResponse<InputStream> response = null;
        try {
          response = http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new HarvestException("interrupted while fetching " + uri, e);
        } catch (IOException e) {
          lastDone = clock.instant();
          lastProblem = "cannot reach " + uri.getHost() + ": " + describe(e);
        }
        if (response != null) {
          int status = response.statusCode();
          if (status >= 200 && status < 300) {
            InputStream body = new ReleasingStream(decoded(response));
            held = false; // the stream releases it when closed
            return body;
          }
          byte[] start = readStart(response.body());
          lastDone = clock.instant();
          if (status != 503
              && status != 429
              && status != 500
              && status != 502
              && status != 504
              && status != 408) {
            throw new HttpStatusException(status, uri, start);
          }
          Optional<Duration> retryAfter = retryAfter(response);
          if (retryAfter.isPresent() && retryAfter.get().compareTo(rules.maxRetryAfter()) > 0) {
            throw new HarvestException(
                "HTTP "
                    + status
                    + " from "
                    + uri
                    + " asks to retry after "
                    + retryAfter.get().toSeconds()
                    + " s, longer than the "
                    + rules.maxRetryAfter().toSeconds()
                    + " s this harvester waits; try again later");
          }
          lastProblem = "HTTP " + status + " from " + uri;
          retryIn = retryAfter.orElse(retryIn);
        }
      } finally {
        if (held) {
          oneAtATime.release();
        }
      }
      retryLater(attempt, lastProblem, retryIn);
    }
    throw new HarvestException(
        "giving up after " + rules.maxAttempts() + " attempts: " + lastProblem);
  }

  private void retryLater(int attempt, String problem, Duration wait) {
    if (attempt >= rules.maxAttempts()) {
      return;
    }
    LOG.warn(
        "{}; retrying in {} s (attempt {} of {})",
        problem,
        wait.toSeconds(),
        attempt + 1,
        rules.maxAttempts());
    sleep(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
  }

  private void waitForTurn() {
    if (lastDone == null) {
      return;
    }
    Duration wait = Duration.between(clock.instant(), lastDone.plus(rules.minInterval()));
    if (!wait.isNegative() && !wait.isZero()) {
      sleep(wait);
    }
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("interrupted while waiting to fetch", e);
    }
  }

  private void acquire() {
    try {
      oneAtATime.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("interrupted while waiting for the previous request", e);
    }
  }

  private static HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(2))
        .header("User-Agent", USER_AGENT)
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
  }

  private static InputStream decoded(HttpResponse<InputStream> response) {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map(v -> v.toLowerCase().contains("gzip"))
            .orElse(false);
    if (!gzip) {
      return response.body();
    }
    try {
      return new GZIPInputStream(response.body(), 1 << 16);
    } catch (IOException e) {
      throw new HarvestException("bad gzip body from " + response.uri() + ": " + describe(e), e);
    }
  }

  /** The wait a Retry-After header asks for: delta-seconds or an HTTP date. */
  Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
    if (header.isEmpty() || header.get().isEmpty()) {
      return Optional.empty();
    }
    String v = header.get();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notADate) {
        LOG.warn("ignoring unreadable Retry-After '{}'", v);
        return Optional.empty();
      }
    }
  }

  private static byte[] readStart(InputStream body) {
    try (body) {
      return body.readNBytes(64 * 1024);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
  }

  /** A response body that marks the request done and lets the next one go when closed. */
  private final class ReleasingStream extends FilterInputStream {
    private boolean closed;

    ReleasingStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        super.close();
      } finally {
        lastDone = clock.instant();
        oneAtATime.release();
      }
    }
  }
}
