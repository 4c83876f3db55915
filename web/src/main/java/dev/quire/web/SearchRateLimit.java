package dev.quire.web;

import dev.quire.account.ThrottledException;
import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * The search page, its map and chart, and the search feeds cost real CPU per query (a long query
 * ~350 ms), so each client address may run at most {@link #PER_MINUTE} a minute; past that the
 * answer is a 429 with {@code Retry-After}. (The JSON search API has the API limit.)
 */
final class SearchRateLimit {
  static final int PER_MINUTE = 60;
  private final RateLimiter perAddress;

  SearchRateLimit(RateLimiters limits) {
    this.perAddress = limits.limiter("search", PER_MINUTE, Duration.ofMinutes(1));
  }

  void register(RoutesConfig routes) {
    // every page and feed that runs a search for its answer
    for (String path :
        new String[] {
          "/search", "/search/map", "/search/months.svg", "/feed/search.atom", "/feed/search.json"
        }) {
      routes.before(path, this::check);
    }
  }

  void check(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      return;
    }
    RateLimiter.Decision d = perAddress.acquire(ClientAddress.of(ctx));
    if (!d.allowed()) {
      throw new ThrottledException(
          "at most "
              + PER_MINUTE
              + " searches a minute from one address; try again in "
              + d.resetSeconds()
              + " seconds",
          d.resetSeconds());
    }
  }
}
