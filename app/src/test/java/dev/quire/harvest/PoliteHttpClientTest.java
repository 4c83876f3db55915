package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.harvest.FakeArxivServer.Reply;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteHttpClientTest {
  final FakeArxivServer server = new FakeArxivServer();
  final FakeTime time = new FakeTime();
  final PoliteHttpClient client =
      new PoliteHttpClient(
          new PoliteHttpClient.Politeness(
              Duration.ofSeconds(3), 4, Duration.ofSeconds(10), Duration.ofHours(1)),
          time,
          time);

  @AfterEach
  void stop() {
    server.close();
  }

  String get(String path) throws Exception {
    try (InputStream in = client.get(URI.create(server.oaiUrl() + path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  void script(Reply... replies) {
    Deque<Reply> queue = new ArrayDeque<>(List.of(replies));
    server.answering(q -> queue.isEmpty() ? Reply.xml("<ok/>") : queue.poll());
  }

  @Test
  void requestsAreAtLeastThreeSecondsApartAndTheFirstDoesNotWait() throws Exception {
    script();
    get("?a=1");
    get("?a=2");
    get("?a=3");

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.queries).hasSize(3);
  }

  @Test
  void timeSpentProcessingAResponseCountsTowardsTheInterval() throws Exception {
    script();
    get("?a=1");
    time.advance(Duration.ofSeconds(2));
    get("?a=2");
    time.advance(Duration.ofSeconds(5));
    get("?a=3");

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void a503WithRetryAfterInSecondsIsWaitedOutThenRetried() throws Exception {
    script(Reply.status(503, Map.of("Retry-After", "20")), Reply.xml("<fine/>"));

    assertThat(get("?verb=ListRecords")).isEqualTo("<fine/>");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20));
    assertThat(server.queries).hasSize(2);
  }

  @Test
  void a503WithRetryAfterAsAnHttpDateIsWaitedOutToThatMoment() throws Exception {
    Instant at = time.instant().plusSeconds(45);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    script(Reply.status(503, Map.of("Retry-After", date)), Reply.xml("<fine/>"));

    assertThat(get("")).isEqualTo("<fine/>");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(45));
  }

  @Test
  void transientFailuresAreRetriedWithDoublingBackoff() throws Exception {
    script(
        Reply.status(500, Map.of()),
        Reply.status(502, Map.of()),
        Reply.status(503, Map.of()),
        Reply.xml("<ok/>"));

    assertThat(get("")).isEqualTo("<ok/>");
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
  }

  @Test
  void retriesRunOutWithAMessageNamingTheProblem() {
    server.answering(q -> Reply.status(503, Map.of("Retry-After", "5")));

    assertThatThrownBy(() -> get("?verb=Identify"))
        .isInstanceOf(HarvestException.class)
        .hasMessageStartingWith("giving up after 4 attempts: HTTP 503 from http://127.0.0.1:");
    assertThat(server.queries).hasSize(4);
  }

  @Test
  void aRetryAfterLongerThanTheLimitEndsTheRunAtOnce() {
    server.answering(q -> Reply.status(503, Map.of("Retry-After", "86400")));

    assertThatThrownBy(() -> get(""))
        .isInstanceOf(HarvestException.class)
        .hasMessageContaining("asks to retry after 86400 s, longer than the 3600 s");
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void anUnreachableServerIsRetriedThenReported() {
    server.close();

    assertThatThrownBy(() -> get(""))
        .isInstanceOf(HarvestException.class)
        .hasMessageContaining("giving up after 4 attempts: cannot reach 127.0.0.1");
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
  }

  @Test
  void aNotFoundIsFinalAndNotRetried() {
    server.answering(q -> Reply.status(404, Map.of()));

    assertThatThrownBy(() -> get(""))
        .isInstanceOf(HttpStatusException.class)
        .hasMessageContaining("HTTP 404 from");
    assertThat(server.queries).hasSize(1);
  }
}
