package dev.quire.web;

import io.javalin.http.Context;

/**
 * What every page needs to know of the site: its name and public base URL.
 *
 * @param name site name shown in headers and feeds
 * @param baseUrl configured public base URL, empty to derive it from each request
 */
record SiteInfo(String name, String baseUrl) {
  /** The absolute base URL for links that leave the page (feeds, Markdown). */
  String base(Context ctx) {
    if (!baseUrl.isBlank()) {
      return baseUrl;
    }
    String host = ctx.host() == null ? "localhost" : ctx.host();
    return ctx.scheme() + "://" + host;
  }
}
