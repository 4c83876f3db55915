package dev.quire.web;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * Keeps slow or greedy clients from holding the server's threads (security review, item 5): a
 * request body is read asynchronously before any handler runs, so a client trickling its body holds
 * a connection but no thread; a body arriving slower than {@link #MIN_BYTES_PER_SECOND} is cut off;
 * and one client address uses at most {@link #THREADS_PER_ADDRESS} threads at once, the rest of its
 * requests waiting without a thread.
 */
final class SlowClientLimits {
  /** Threads one client address may hold at once (of Jetty's 250). */
  static final int THREADS_PER_ADDRESS = 32;

  /** A request body slower than this on average is refused. */
  static final long MIN_BYTES_PER_SECOND = 128;

  private SlowClientLimits() {}

  static void apply(JavalinConfig cfg) {
    cfg.jetty.modifyServer(
        server -> {
          ThreadLimitHandler perAddress = new ThreadLimitHandler(null, false);
          perAddress.setThreadLimit(THREADS_PER_ADDRESS);
          MinimumDataRateHandler rate = new MinimumDataRateHandler(MIN_BYTES_PER_SECOND, 0);
          EagerContentHandler eager =
              new EagerContentHandler(
                  new EagerContentHandler.RetainedContentLoaderFactory(1_100_000L, -1, false));
          rate.setHandler(eager);
          perAddress.setHandler(rate);
          server.setHandler(perAddress); // Javalin puts its servlet context inside, after eager
        });
  }
}
