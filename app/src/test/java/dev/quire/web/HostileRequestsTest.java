package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed, oversized and pathological requests get a 4xx answer, never a 500. */
class HostileRequestsTest {
  @TempDir Path dir;

  static final List<String> TARGETS =
      List.of(
          "/papers?date=" + "9".repeat(5000),
          "/papers?date=2026-08-21&date=2026-08-22&week=2026-W34",
          "/papers?week=2026-W%00",
          "/papers?month=%ZZ",
          "/papers?p=99999999999999999999",
          "/papers?p=-1&sort=%3Cscript%3E",
          "/papers/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/papers/..%2F..%2Fquire.db",
          "/static/..%2F..%2Fdb%2Fmigration%2FV1__papers.sql",
          "/papers/" + "a/".repeat(300) + "b",
          "/organizations/" + "%F0%9F%98%80".repeat(200),
          "/api/daily_papers?limit=1e9",
          "/api/daily_papers?limit=%20",
          "/api/daily_papers?submitter=" + "x".repeat(10_000),
          "/api/daily_papers?sort[]=trending",
          "/api/papers?cursor=%FF%FE%FD",
          "/api/papers?cursor=" + "A".repeat(4000),
          "/api/papers/%00",
          "/api/papers/2504.08385v999999999999999999",
          "/feed/daily.atom?x=" + "%".repeat(100),
          "/papers/2504.08385.md.md");

  @Test
  void oddRequestTargetsAreAnsweredWithoutAServerError() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          for (String target : TARGETS) {
            int status =
                rawStatus(server.port(), "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
            assertThat(status).as(target).isBetween(200, 499);
          }
        });
  }

  @Test
  void oversizedBodiesAndHeadersAreRefusedWith4xx() {
    SiteFixture.run(
        dir,
        (server, client) -> {
          String big = "x".repeat(2_000_000);
          int body =
              rawStatus(
                  server.port(),
                  "POST /api/papers/index HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                      + "Content-Length: "
                      + big.length()
                      + "\r\n\r\n"
                      + big);
          assertThat(body).isBetween(400, 499);
          int header =
              rawStatus(
                  server.port(),
                  "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(100_000) + "\r\n");
          assertThat(header).isBetween(400, 499);
          int garbage = rawStatus(server.port(), "GARBAGE\u0001 / HTTP/9.9\r\n");
          assertThat(garbage).isBetween(400, 499);
        });
  }

  /** Sends raw bytes (no client-side URL cleaning) and returns the response status. */
  static int rawStatus(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String full = request.contains("\r\n\r\n") ? request : request + "Connection: close\r\n\r\n";
      try {
        out.write(full.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException closedEarly) {
        // the server may refuse and close before the whole body is written; read its answer anyway
      }
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      String line = new String(head, StandardCharsets.ISO_8859_1);
      if (!line.startsWith("HTTP/1.1 ")) {
        throw new AssertionError(
            "no HTTP status line for " + request.lines().findFirst().orElse("") + ": " + line);
      }
      return Integer.parseInt(line.substring(9, 12));
    } catch (IOException e) {
      throw new AssertionError("request failed: " + request.lines().findFirst().orElse(""), e);
    }
  }
}
