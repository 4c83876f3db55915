package dev.quire.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte, for what {@code java.net.http} refuses to send (a forged {@code
 * Host} header).
 */
final class RawHttp {
  private RawHttp() {}

  /** A form POST with an anonymous double-submit CSRF pair and the given Host header. */
  static String postForm(int port, String path, String host, String form) {
    String csrf = "c".repeat(43);
    String body = form + "&csrf=" + csrf;
    String request =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nCookie: quire_csrf="
            + csrf
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\nConnection: close\r\n\r\n"
            + body;
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
