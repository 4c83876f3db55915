package dev.quire.harvest;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A final, non-retryable HTTP status; keeps the start of the body, which may hold an OAI-PMH error.
 */
final class HttpStatusException extends HarvestException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient byte[] body;

  HttpStatusException(int status, URI uri, byte[] body) {
    super("HTTP " + status + " from " + uri + snippet(body));
    this.status = status;
    this.body = body;
  }

  int status() {
    return status;
  }

  byte[] body() {
    return body;
  }

  private static String snippet(byte[] body) {
    String s =
        new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
            .strip()
            .replaceAll("\\s+", " ");
    return s.isEmpty() ? "" : ": " + s;
  }
}
