package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A micro-cache of finished answers (body bytes and the headers that vary) keyed by their validated
 * request, so that a burst of identical requests runs the database query and the serialisation
 * once. An answer is dropped as soon as this process writes through the {@link PaperRepository},
 * and in any case after a short time to live, which bounds how late a write by another process (a
 * CLI import) shows. The cache holds at most about {@code maxBytes} of bodies; past that it starts
 * over.
 */
final class AnswerCache {
  /** How long an answer may be reused when this process wrote nothing meanwhile. */
  static final Duration DEFAULT_TTL = Duration.ofSeconds(1);

  static final long DEFAULT_MAX_BYTES = 16L << 20;

  /**
   * A finished answer.
   *
   * @param contentType the Content-Type header
   * @param body the body
   * @param link the Link header, or null
   */
  record Answer(String contentType, byte[] body, String link) {
    void sendTo(Context ctx) {
      if (link != null) {
        ctx.header("Link", link);
      }
      ctx.contentType(contentType).result(body);
    }
  }

  private record Entry(Answer answer, long batches, long createdNanos) {}

  private final PaperRepository papers;
  private final long ttlNanos;
  private final long maxBytes;
  private final LongSupplier nanoTicker;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  AnswerCache(PaperRepository papers, Duration ttl, long maxBytes, LongSupplier nanoTicker) {
    this.papers = papers;
    this.ttlNanos = ttl.toNanos();
    this.maxBytes = maxBytes;
    this.nanoTicker = nanoTicker;
  }

  /** A cache with the default time to live and size, on the system's monotonic clock. */
  static AnswerCache standard(PaperRepository papers) {
    return new AnswerCache(papers, DEFAULT_TTL, DEFAULT_MAX_BYTES, System::nanoTime);
  }

  /**
   * The cached answer for {@code key} while still fresh, else a new one from {@code compute},
   * remembered.
   */
  Answer get(String key, Supplier<Answer> compute) {
    long batches =
        papers
            .committedBatches(); // read before computing: a write meanwhile makes the answer stale
    long now = nanoTicker.getAsLong();
    Entry e = entries.get(key);
    if (e != null && e.batches() == batches && now - e.createdNanos() < ttlNanos) {
      return e.answer();
    }
    Answer answer = compute.get();
    if (bytes.addAndGet(answer.body().length) > maxBytes) {
      entries.clear();
      bytes.set(answer.body().length);
    }
    Entry old = entries.put(key, new Entry(answer, batches, now));
    if (old != null) {
      bytes.addAndGet(-old.answer().body().length);
    }
    return answer;
  }

  /** Number of answers held, for tests. */
  int size() {
    return entries.size();
  }
}
