package dev.quire.web;

import dev.quire.account.Secrets;
import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;

/**
 * Rate limits of the JSON API: per API token when a Bearer token is sent, else per client address.
 * Every API answer carries {@code RateLimit-Policy} and {@code RateLimit} headers (IETF
 * draft-ietf-httpapi-ratelimit-headers); past the limit the answer is a 429 with {@code
 * Retry-After}.
 */
final class RateLimits {
  static final String POLICY = "api";
  private final RateLimiter perClient;
  private final RateLimiter perUser;
  private final int perMinute;

  RateLimits(int perMinute, RateLimiters limits) {
    this.perMinute = perMinute;
    this.perClient = limits.limiter("api-client", perMinute, Duration.ofMinutes(1));
    this.perUser = limits.limiter("api-user", perMinute, Duration.ofMinutes(1));
  }

  /**
   * The limit of one user across all of their tokens, so that N tokens do not get N times the
   * limit; throws a 429 past it.
   */
  void checkUser(Context ctx, String userId) {
    RateLimiter.Decision d = perUser.acquire(userId);
    if (!d.allowed()) {
      ctx.header("Retry-After", Long.toString(d.resetSeconds()));
      throw new dev.quire.account.ThrottledException(
          "rate limit of "
              + perMinute
              + " API requests a minute for your account reached (all tokens together); retry in "
              + d.resetSeconds()
              + " s",
          d.resetSeconds());
    }
  }

  void register(RoutesConfig routes) {
    routes.before("/api/*", this::check);
    routes.before("/mcp", this::check);
  }

  void check(Context ctx) {
    String authorization = ctx.header("Authorization");
    String key =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? "token " + Secrets.digest(authorization.substring(7).strip())
            : "ip " + ClientAddress.of(ctx);
    RateLimiter.Decision d = perClient.acquire(key);
    ctx.header("RateLimit-Policy", "\"" + POLICY + "\";q=" + perMinute + ";w=60");
    ctx.header("RateLimit", "\"" + POLICY + "\";r=" + d.remaining() + ";t=" + d.resetSeconds());
    if (!d.allowed()) {
      ctx.header("Retry-After", Long.toString(d.resetSeconds()));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS)
          .json(
              Map.of(
                  "error",
                  "rate limit of "
                      + perMinute
                      + " API requests a minute reached; retry in "
                      + d.resetSeconds()
                      + " s"));
      ctx.skipRemainingHandlers();
    }
  }
}
