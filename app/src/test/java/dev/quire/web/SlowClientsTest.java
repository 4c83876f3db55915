package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow request bodies (security review, item 5), on loopback with a bounded number of connections:
 * 260 clients that send a form's headers and then trickle its body must not stop others from being
 * served.
 */
class SlowClientsTest {
  private static final String SLOW_HEAD =
      "POST /signin HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=";

  @TempDir Path dir;

  @Test
  void twoHundredSixtyTricklingBodiesDoNotStarveOtherReaders() throws Exception {
    java.io.PrintStream realErr = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    try (Site site = Site.start(dir)) {
      int port = site.app.port();
      List<Socket> slow = new ArrayList<>();
      System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
      try {
        for (int i = 0; i < 260; i++) {
          Socket s = new Socket("127.0.0.1", port);
          s.getOutputStream().write(SLOW_HEAD.getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          slow.add(s);
        }
        Thread.sleep(500); // let the server take them all in
        String answer = get(port, "/papers/2608.10001", 20_000);
        assertThat(answer).startsWith("HTTP/1.1 200");
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      Thread.sleep(500); // the server notices the 260 aborted connections
    } finally {
      System.setErr(realErr);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .as("aborted connections log no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Test
  void aBodySentAByteASecondIsCutOff() throws Exception {
    try (Site site = Site.start(dir)) {
      try (Socket s = new Socket("127.0.0.1", site.app.port())) {
        s.setSoTimeout(1_000);
        OutputStream out = s.getOutputStream();
        out.write(SLOW_HEAD.getBytes(StandardCharsets.US_ASCII));
        String answer = "";
        for (int i = 0; i < 15 && answer.isEmpty(); i++) {
          try {
            out.write('a');
            out.flush();
          } catch (IOException closed) {
            answer = "closed";
            break;
          }
          answer = readSome(s.getInputStream());
        }
        assertThat(answer).as("the server gave up on the trickle").isNotEmpty();
        assertThat(answer).doesNotStartWith("HTTP/1.1 200").doesNotStartWith("HTTP/1.1 303");
      }
    }
  }

  private static String readSome(InputStream in) throws IOException {
    byte[] buf = new byte[512];
    try {
      int n = in.read(buf);
      return n < 0 ? "closed" : new String(buf, 0, n, StandardCharsets.US_ASCII);
    } catch (SocketTimeoutException e) {
      return "";
    }
  }

  /** A GET from another loopback address (127.0.0.2), as another client would send it. */
  private static String get(int port, String path, int timeoutMillis) throws IOException {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      s.setSoTimeout(timeoutMillis);
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] head = new byte[64];
      int n = s.getInputStream().read(head);
      return n < 0 ? "" : new String(head, 0, n, StandardCharsets.US_ASCII);
    }
  }
}
