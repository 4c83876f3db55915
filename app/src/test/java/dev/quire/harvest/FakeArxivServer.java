package dev.quire.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A local HTTP server standing in for arXiv's OAI-PMH and API endpoints; it records every query it
 * gets.
 */
public final class FakeArxivServer implements AutoCloseable {
  /**
   * One answer: status, headers, body; {@code cutAfter} >= 0 drops the connection after that many
   * bytes.
   */
  public record Reply(int status, Map<String, String> headers, byte[] body, int cutAfter) {
    public static Reply xml(String body) {
      return xml(body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply xml(byte[] body) {
      return new Reply(200, Map.of("Content-Type", "text/xml; charset=UTF-8"), body, -1);
    }

    static Reply file(Path p) {
      try {
        return xml(Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Reply status(int status, Map<String, String> headers) {
      return new Reply(
          status,
          headers,
          ("<html>error " + status + "</html>").getBytes(StandardCharsets.UTF_8),
          -1);
    }

    Reply cutAfter(int bytes) {
      return new Reply(status, headers, body, bytes);
    }
  }

  private final HttpServer server;
  final List<Map<String, String>> queries = Collections.synchronizedList(new ArrayList<>());
  volatile Function<Map<String, String>, Reply> handler = q -> Reply.status(404, Map.of());

  public FakeArxivServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public FakeArxivServer answering(Function<Map<String, String>, Reply> h) {
    this.handler = h;
    return this;
  }

  public URI oaiUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
  }

  URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
  }

  /** The ListRecords / GetRecord / Identify queries, in order. */
  public List<Map<String, String>> oaiQueries() {
    synchronized (queries) {
      return queries.stream().filter(q -> q.containsKey("verb")).toList();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> q = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        q.put(k, v);
      }
    }
    queries.add(q);
    Reply r;
    try {
      r = handler.apply(q);
    } catch (RuntimeException e) {
      r = Reply.status(500, Map.of());
    }
    r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(r.status(), r.body().length);
    OutputStream os = exchange.getResponseBody();
    if (r.cutAfter() >= 0) {
      os.write(r.body(), 0, Math.min(r.cutAfter(), r.body().length));
      os.flush();
      try {
        exchange.close(); // fewer bytes than announced: the connection is dropped mid-body
      } catch (RuntimeException e) {
        // expected: "insufficient bytes written"
      }
      return;
    }
    os.write(r.body());
    os.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
