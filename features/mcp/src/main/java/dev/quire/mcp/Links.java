package dev.quire.mcp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs on this server, from the configured base URL (or the request's when none is set).
 *
 * @param base e.g. https://quire.example
 */
public record Links(String base) {
  public Links {
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The paper's page. */
  public String paper(String id) {
    return base + "/papers/" + id;
  }

  /** The paper as Markdown. */
  public String markdown(String id) {
    return paper(id) + ".md";
  }

  /** A collection's page. */
  public String collection(String id) {
    return base + "/collections/" + id;
  }

  /** The search page of a query. */
  public String search(String q) {
    return base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
