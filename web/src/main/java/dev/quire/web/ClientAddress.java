package dev.quire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The address of the client a request comes from, for rate limits, the sign-in throttle and logs:
 * the TCP peer, unless the peer is a trusted proxy ({@code http.trusted-proxies}); then the
 * right-most address in {@code X-Forwarded-For} that is not a trusted proxy (the left part of the
 * header is whatever the client wrote, and is never believed).
 */
public final class ClientAddress {
  static final String ATTRIBUTE = "quire.client-address";
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final InetAddressSet trusted = new InetAddressSet();
  private final boolean any;

  /**
   * @param trustedProxies comma-separated addresses and CIDR blocks (10.0.0.0/8, ::1), may be empty
   * @throws IllegalArgumentException naming the first entry that is no address or block
   */
  public ClientAddress(String trustedProxies) {
    boolean some = false;
    for (String item : trustedProxies.split(",")) {
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
      if (!LITERAL.matcher(address).matches()) {
        throw new IllegalArgumentException("not an IP address or CIDR block: '" + entry + "'");
      }
      try {
        trusted.add(entry);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not an IP address or CIDR block: '" + entry + "'", e);
      }
      some = true;
    }
    this.any = some;
  }

  /** Remembers each request's client address before any limit looks at it. */
  void register(RoutesConfig routes) {
    if (any) {
      routes.before(
          ctx -> ctx.attribute(ATTRIBUTE, resolve(ctx.ip(), ctx.header("X-Forwarded-For"))));
    }
  }

  /** The client address of a request (the peer when no proxy is trusted). */
  static String of(Context ctx) {
    String resolved = ctx.attribute(ATTRIBUTE);
    return resolved != null ? resolved : ctx.ip();
  }

  /** The client behind {@code peer}, given the {@code X-Forwarded-For} header it sent (or null). */
  String resolve(String peer, String forwardedFor) {
    if (!any || !isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String leftmost = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!LITERAL.matcher(hop).matches()) {
        return leftmost; // garbage left of here was written by the client
      }
      if (!isTrusted(hop)) {
        return hop;
      }
      leftmost = hop;
    }
    return leftmost;
  }

  private boolean isTrusted(String address) {
    if (!LITERAL.matcher(address).matches()) {
      return false;
    }
    try {
      return trusted.test(InetAddress.getByName(address));
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
