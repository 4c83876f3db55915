package dev.quire.search.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Query vectors for any engine: the last queries' embeddings kept (a reader paging through results
 * embeds once), and a thread to embed a new query on while the engine ranks by keywords.
 */
public final class QueryEmbeddings implements AutoCloseable {
  private static final int CACHED_QUERIES = 512;

  private final Embedder embedder;
  private final Cache<String, float[]> cache =
      Caffeine.newBuilder().maximumSize(CACHED_QUERIES).build();
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "quire-query-embed");
            t.setDaemon(true);
            return t;
          });

  public QueryEmbeddings(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The vector of this query if it was embedded lately, else null. */
  public float[] cached(String text) {
    return cache.getIfPresent(text);
  }

  /** The vector of this query, embedded on the calling thread unless kept. */
  public float[] embed(String text) {
    return cache.get(text, embedder::embedQuery);
  }

  /** The vector of this query, embedded on the query thread. */
  public CompletableFuture<float[]> embedLater(String text) {
    return CompletableFuture.supplyAsync(() -> embed(text), pool);
  }

  /** Forgets kept vectors (benchmarks measure embedding too). */
  public void clear() {
    cache.invalidateAll();
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
