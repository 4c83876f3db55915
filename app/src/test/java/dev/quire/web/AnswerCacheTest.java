package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerCacheTest {
  @TempDir Path dir;
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger computed = new AtomicInteger();

  private AnswerCache.Answer compute() {
    byte[] body = ("answer " + computed.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
    return new AnswerCache.Answer("text/plain", body, null);
  }

  private static String body(AnswerCache.Answer a) {
    return new String(a.body(), StandardCharsets.UTF_8);
  }

  @Test
  void anAnswerIsReusedWhileFreshAndComputedAgainAfterItsTimeToLive() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      AnswerCache cache = new AnswerCache(q.papers(), Duration.ofSeconds(1), 1 << 20, nanos::get);
      assertThat(body(cache.get("k", this::compute))).isEqualTo("answer 1");
      nanos.addAndGet(Duration.ofMillis(999).toNanos());
      assertThat(body(cache.get("k", this::compute))).isEqualTo("answer 1");
      assertThat(body(cache.get("other", this::compute))).isEqualTo("answer 2");
      nanos.addAndGet(Duration.ofMillis(1).toNanos());
      assertThat(body(cache.get("k", this::compute))).isEqualTo("answer 3");
    }
  }

  @Test
  void aWriteThroughTheRepositoryMakesEveryCachedAnswerStaleAtOnce() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      AnswerCache cache = new AnswerCache(q.papers(), Duration.ofHours(1), 1 << 20, nanos::get);
      cache.get("k", this::compute);
      q.paperStore()
          .writeBatch(List.of(), List.of(Fixtures.paper("2608.00001", "New", 1)), List.of());
      assertThat(body(cache.get("k", this::compute))).isEqualTo("answer 2");
      assertThat(body(cache.get("k", this::compute))).isEqualTo("answer 2");
    }
  }

  @Test
  void theCacheStartsOverRatherThanGrowPastItsByteLimit() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      AnswerCache cache = new AnswerCache(q.papers(), Duration.ofHours(1), 20, nanos::get);
      cache.get("a", this::compute); // 8 bytes each
      cache.get("b", this::compute);
      assertThat(cache.size()).isEqualTo(2);
      cache.get("c", this::compute);
      assertThat(cache.size()).isEqualTo(1);
      assertThat(body(cache.get("c", this::compute))).isEqualTo("answer 3");
    }
  }
}
