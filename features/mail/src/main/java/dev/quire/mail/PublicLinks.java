package dev.quire.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

/**
 * The one base URL of every link Quire mails (account confirmations and resets, digests,
 * subscription confirmations, {@code List-Unsubscribe}): {@code base.url} when it is configured,
 * else derived once from the address and port the server (or, for a command, the configuration)
 * uses. Never taken from a request: a request's {@code Host} header is the attacker's to choose.
 */
public final class PublicLinks implements Supplier<String> {
  private final String configured;
  private volatile String derived;

  private PublicLinks(String configured, String derived) {
    this.configured = configured;
    this.derived = derived;
  }

  /**
   * Links under {@code baseUrl} (no trailing slash) when it is not blank, else under a URL derived
   * from {@code host} and {@code port} (port 0, a random port: without one until the server binds
   * and {@link #serverBound} is told the port).
   */
  public static PublicLinks of(String baseUrl, String host, int port) {
    String b = baseUrl == null ? "" : baseUrl.strip();
    return new PublicLinks(b, b.isEmpty() ? derive(host, port) : null);
  }

  /** The base URL derived from a bind address and port: what a reader on this machine can open. */
  static String derive(String host, int port) {
    String h = host == null ? "" : host.strip();
    String name;
    if (h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      name = localHostName();
    } else {
      name = h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
    return "http://" + name + (port > 0 ? ":" + port : ""); // port 0: told when the server binds
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** Records the port the server actually bound, when no base URL is configured. */
  public void serverBound(String host, int port) {
    if (configured.isEmpty()) {
      derived = derive(host, port);
    }
  }

  /** Whether {@code base.url} is configured. */
  public boolean configured() {
    return !configured.isEmpty();
  }

  /** The base URL of mailed links, without trailing slash. */
  @Override
  public String get() {
    if (!configured.isEmpty()) {
      return configured;
    }
    return derived;
  }

  /** One line for the start-up banner and command output. */
  public String describe() {
    if (!configured.isEmpty()) {
      return "Links in mail: " + configured + " (base.url)";
    }
    return "Links in mail: "
        + derived
        + " (derived from the bind address; set base.url to the address readers use)";
  }
}
