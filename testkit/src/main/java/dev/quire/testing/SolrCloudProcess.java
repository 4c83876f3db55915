package dev.quire.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud (embedded ZooKeeper and Jetty Solr nodes, from {@code solr-runner}) in a child
 * JVM, so Solr's Lucene 9 never meets Quire's Lucene 10. Tests stop and start its nodes.
 */
public final class SolrCloudProcess implements AutoCloseable {
  private static final String READY = "SOLRCLOUD ";

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final String zkHost;
  private final List<String> urls;

  private SolrCloudProcess(Process process, BufferedReader out, String line) {
    this.process = process;
    this.out = out;
    this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    String zk = null;
    List<String> u = new ArrayList<>();
    for (String part : line.substring(READY.length()).split(" ")) {
      if (part.startsWith("zkHost=")) {
        zk = part.substring("zkHost=".length());
      } else if (part.startsWith("urls=")) {
        u.addAll(List.of(part.substring("urls=".length()).split(",")));
      }
    }
    this.zkHost = zk;
    this.urls = List.copyOf(u);
  }

  /**
   * Starts {@code nodes} Solr nodes with their data under {@code dir} and waits until they are up.
   * Needs {@code solr-runner} built (it is, before any module depending on testkit).
   */
  public static SolrCloudProcess start(int nodes, Path dir) throws IOException {
    return start(nodes, dir, TEST_JVM);
  }

  /** JVM options for tests: small heap, quick start (C1 only). */
  public static final List<String> TEST_JVM =
      List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** JVM options for benchmarks: a heap for 100k documents and the full JIT. */
  public static final List<String> BENCH_JVM = List.of("-Xmx3g", "-XX:+UseParallelGC");

  /** As {@link #start(int, Path)}, with these options for the Solr JVM. */
  public static SolrCloudProcess start(int nodes, Path dir, List<String> jvmOptions)
      throws IOException {
    Path target = runnerTarget();
    String classpath =
        target.resolve("classes")
            + java.io.File.pathSeparator
            + Files.readString(target.resolve("classpath.txt")).trim();
    Files.createDirectories(dir);
    Path log = dir.resolve("solr.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(command(java, jvmOptions, classpath, nodes, dir))
            .redirectError(log.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(READY)) {
        return new SolrCloudProcess(p, out, line);
      }
    }
    p.destroyForcibly();
    throw new IOException("SolrCloud did not start; see " + log + ":\n" + tail(log));
  }

  private static List<String> command(
      Path java, List<String> jvmOptions, String classpath, int nodes, Path dir) {
    List<String> command = new java.util.ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            classpath,
            "dev.quire.solrrunner.SolrCloudRunner",
            String.valueOf(nodes),
            dir.resolve("solr").toString()));
    return command;
  }

  /** The runner's build folder: solr-runner/target from the project root or a module folder. */
  private static Path runnerTarget() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path t = p.resolve("solr-runner").resolve("target");
      if (Files.exists(t.resolve("classpath.txt"))) {
        return t;
      }
    }
    throw new IllegalStateException(
        "solr-runner/target/classpath.txt not found: build it with mvn -pl solr-runner compile");
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** ZooKeeper address with chroot, for {@code solr.zk-hosts}. */
  public String zkHost() {
    return zkHost;
  }

  /** Base URLs of the Solr nodes ({@code http://127.0.0.1:port/solr}), node 1 first. */
  public List<String> urls() {
    return urls;
  }

  /** Stops node {@code n} (1-based), keeping its data. */
  public void stop(int n) {
    command("stop " + n);
  }

  /** Starts node {@code n} again on the same port and waits until it is live. */
  public void start(int n) {
    command("start " + n);
  }

  /** Stops every node (ZooKeeper stays up). */
  public void stopAll() {
    command("stop all");
  }

  /** Starts every stopped node again. */
  public void startAll() {
    command("start all");
  }

  private synchronized void command(String cmd) {
    try {
      in.write(cmd + "\n");
      in.flush();
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("OK " + cmd)) {
          return;
        }
        if (line.startsWith("ERROR " + cmd)) {
          throw new IllegalStateException("SolrCloud: " + line);
        }
      }
      throw new IllegalStateException("SolrCloud ended during '" + cmd + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      in.write("quit\n");
      in.flush();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
