package dev.quire.testing;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two real Quire nodes ({@code quire serve} in two child JVMs) on one fresh PostgreSQL schema, each
 * on its own random port and its own data directory, started one after the other (the first one
 * migrates the schema) and waited for until each answers HTTP. Keyword search only (no model), no
 * sample, no harvest or digest schedule unless {@code settings} say otherwise.
 *
 * <p>Usage: {@code try (TwoNodes nodes = TwoNodes.start(dir, Map.of())) { nodes.a().get("/") }}.
 * {@link #openQuire(Path)} opens an in-test {@link Quire} on the same database for seeding and
 * checking. Skipped (like {@link TestDb#POSTGRES}) when PostgreSQL is unreachable.
 */
public final class TwoNodes implements AutoCloseable {
  static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");
  static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Config database;
  private final Node a;
  private final Node b;

  private TwoNodes(Config database, Node a, Node b) {
    this.database = database;
    this.a = a;
    this.b = b;
  }

  /** Starts two nodes on one fresh PostgreSQL schema; {@code settings} are given to both. */
  public static TwoNodes start(Path dir, Map<String, String> settings) throws Exception {
    return start(dir, settings, quire -> {});
  }

  /**
   * As {@link #start(Path, Map)}, with {@code seed} run first on a Quire in this JVM on the fresh
   * database (papers, subscribers the nodes should find when they start).
   */
  public static TwoNodes start(
      Path dir, Map<String, String> settings, java.util.function.Consumer<Quire> seed)
      throws Exception {
    Config database = TestDb.POSTGRES.config(dir.resolve("seed"));
    try (Quire q = Quire.open(database)) {
      seed.accept(q);
    }
    Map<String, String> common = new LinkedHashMap<>();
    common.put("sample", "false");
    common.put("search.semantic", "false");
    common.put("port", "0");
    common.put("digest.at", "off");
    common.put("jdbc.url", database.jdbcUrl());
    common.put("db.user", database.dbUser());
    common.put("db.password", database.dbPassword());
    common.putAll(settings);
    Node a = Node.start("a", dir.resolve("node-a"), common);
    Node b;
    try {
      b = Node.start("b", dir.resolve("node-b"), common);
    } catch (Exception | Error e) {
      a.kill();
      throw e;
    }
    return new TwoNodes(database, a, b);
  }

  public Node a() {
    return a;
  }

  public Node b() {
    return b;
  }

  /** Both nodes, A first. */
  public List<Node> both() {
    return List.of(a, b);
  }

  /**
   * A Quire in this JVM on the nodes' database (data dir under {@code dir}), e.g. to seed papers or
   * accounts; close it before the test ends.
   */
  public Quire openQuire(Path dir) {
    return Quire.open(
        database.with(
            c ->
                c.dataDir(dir)
                    .database(database.jdbcUrl(), database.dbUser(), database.dbPassword())));
  }

  /** The database settings the nodes run on. */
  public Config database() {
    return database;
  }

  @Override
  public void close() {
    a.kill();
    b.kill();
  }

  /** One {@code quire serve} child process. */
  public static final class Node {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private Node(String name, Process process, Path log, int port) {
      this.name = name;
      this.process = process;
      this.log = log;
      this.port = port;
    }

    static Node start(String name, Path data, Map<String, String> settings) throws Exception {
      Files.createDirectories(data);
      List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString()));
      settings.forEach(
          (k, v) -> {
            args.add("--" + k);
            args.add(v);
          });
      Path log = data.resolve("node.log");
      Process process = ChildJvm.start(log, args.toArray(String[]::new));
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        String out = Files.exists(log) ? Files.readString(log) : "";
        Matcher m = SERVING.matcher(out);
        if (m.find()) {
          Node node = new Node(name, process, log, Integer.parseInt(m.group(1)));
          node.awaitAnswering(deadline);
          return node;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("node " + name + " exited on start:\n" + out);
        }
        Thread.sleep(100);
      }
      process.destroyForcibly();
      throw new IllegalStateException(
          "node " + name + " did not start in " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private void awaitAnswering(long deadline) throws Exception {
      while (System.nanoTime() < deadline) {
        try {
          int status = get(readyPath()).statusCode();
          if (status == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("node " + name + " never answered:\n" + log());
    }

    /** The path a load balancer asks; {@code /} until readiness has its own route. */
    static String readyPath() {
      return "/readyz";
    }

    public String name() {
      return name;
    }

    public int port() {
      return port;
    }

    public Process process() {
      return process;
    }

    public URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    /** GET {@code path} on this node. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Sends a request built on this node's base address. */
    public HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM: the node drains and exits. */
    public void terminate() {
      process.destroy();
    }

    /** SIGKILL, waiting for the process to be gone. */
    public void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The node's output so far (for assertion messages). */
    public String log() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(no log: " + e + ")";
      }
    }

    @Override
    public String toString() {
      return "node " + name + " on port " + port;
    }
  }
}
