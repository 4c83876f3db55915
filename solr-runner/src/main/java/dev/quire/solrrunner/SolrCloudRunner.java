package dev.quire.solrrunner;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud (embedded ZooKeeper and N Jetty Solr nodes) in this JVM, controlled by lines on
 * standard input. Started by {@code dev.quire.testing.SolrCloudProcess} and {@code
 * scripts/cluster.sh}.
 *
 * <p>Arguments: {@code <nodes> <base dir>}. Once up it prints one line {@code SOLRCLOUD
 * zkHost=<host:port/solr> urls=<url>,<url>...}; then obeys {@code stop <i>} (1-based node), {@code
 * start <i>} (same port again), {@code stop all}, {@code start all} and {@code quit}, answering
 * each with {@code OK <command>} or {@code ERROR <message>}. End of input also stops everything.
 */
public final class SolrCloudRunner {
  private SolrCloudRunner() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path base = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("quire-solrcloud");
    Files.createDirectories(base);
    System.setProperty("solr.log.dir", base.resolve("logs").toString());
    System.setProperty("solr.allowPaths", "*");
    // a local test cluster: any node may call any other on 127.0.0.1
    System.setProperty("solr.disableRequestId", "true");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      urls.add(j.getBaseUrl().toString());
    }
    System.out.println(
        "SOLRCLOUD zkHost="
            + cluster.getZkServer().getZkAddress()
            + " urls="
            + String.join(",", urls));
    System.out.flush();
    Map<Integer, NodeControl> byNode = new HashMap<>();
    for (int i = 0; i < nodes; i++) {
      byNode.put(i + 1, new NodeControl(cluster, cluster.getJettySolrRunner(i), "node " + (i + 1)));
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String cmd = line.trim();
      if (cmd.isEmpty()) {
        continue;
      }
      if (cmd.equals("quit")) {
        break;
      }
      try {
        String[] parts = cmd.split("\\s+");
        List<Integer> which = new ArrayList<>();
        if (parts.length == 2 && parts[1].equals("all")) {
          which.addAll(byNode.keySet());
        } else if (parts.length == 2) {
          which.add(Integer.parseInt(parts[1]));
        } else {
          throw new IllegalArgumentException("expected 'stop <n>|all', 'start <n>|all' or 'quit'");
        }
        for (int n : which) {
          NodeControl node = byNode.get(n);
          if (node == null) {
            throw new IllegalArgumentException("no node " + n + " (1.." + nodes + ")");
          }
          switch (parts[0]) {
            case "stop" -> node.stop();
            case "start" -> node.start();
            default -> throw new IllegalArgumentException("unknown command " + parts[0]);
          }
        }
        if (parts[0].equals("start")) {
          NodeControl.awaitLiveReplicasActive(cluster);
        }
        System.out.println("OK " + cmd);
      } catch (Exception e) {
        System.out.println("ERROR " + cmd + ": " + e);
      }
      System.out.flush();
    }
    shutdown(cluster);
    System.exit(0);
  }

  private static synchronized void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("solr shutdown: " + e);
    }
  }
}
