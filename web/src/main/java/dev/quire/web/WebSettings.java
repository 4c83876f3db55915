package dev.quire.web;

/**
 * What the web layer needs of the configuration; built by the application from its config.
 *
 * @param siteName name shown in the page header and feeds
 * @param baseUrl public base URL without trailing slash; empty: derived from host and port
 * @param host interface the server binds to
 * @param port HTTP port (0: any free port)
 * @param apiRatePerMinute API requests allowed per client address or token per minute
 * @param trustedProxies addresses and CIDR blocks whose {@code X-Forwarded-For} is believed
 */
public record WebSettings(
    String siteName,
    String baseUrl,
    String host,
    int port,
    int apiRatePerMinute,
    String trustedProxies) {
  /** Settings trusting no proxy. */
  public WebSettings(String siteName, String baseUrl, String host, int port, int apiRatePerMinute) {
    this(siteName, baseUrl, host, port, apiRatePerMinute, "");
  }
}
