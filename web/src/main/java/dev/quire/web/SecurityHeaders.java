package dev.quire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Headers on every answer (pages, feeds, API, static files, errors): a Content-Security-Policy that
 * allows scripts and styles from this site only and no framing, {@code nosniff}, a Referrer-Policy
 * that keeps our URLs to ourselves, and HSTS when the site is served over https.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final boolean httpsSite;

  /** Headers for a site whose configured base URL is {@code baseUrl} (may be empty). */
  SecurityHeaders(String baseUrl) {
    this.httpsSite = baseUrl != null && baseUrl.startsWith("https://");
  }

  void register(RoutesConfig routes) {
    routes.before(this::apply);
  }

  void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    if (httpsSite || "https".equals(ctx.scheme())) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
