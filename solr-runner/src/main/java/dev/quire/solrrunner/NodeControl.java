package dev.quire.solrrunner;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Stops and starts one Solr node of a {@link MiniSolrCloudCluster} so that the answer means what a
 * caller can see: after {@link #stop} nothing answers on the node's port, after {@link #start} the
 * node is live and every replica of every collection is active again.
 *
 * <p>Solr's own helpers wait 15 s for ZooKeeper and trust {@code isRunning()}; on a busy two-core
 * machine a node stopped while its replicas were still recovering can outlive both. Here a stop is
 * retried, ZooKeeper gets longer, and the port decides.
 */
final class NodeControl {
  private static final long WAIT_SECONDS = 60;

  private final MiniSolrCloudCluster cluster;
  private final JettySolrRunner jetty;
  private final int port;
  private final String name;

  NodeControl(MiniSolrCloudCluster cluster, JettySolrRunner jetty, String name) {
    this.cluster = cluster;
    this.jetty = jetty;
    this.port = jetty.getLocalPort();
    this.name = name;
  }

  void stop() throws Exception {
    String nodeName = jetty.getNodeName();
    for (int attempt = 1; attempt <= 3 && (jetty.isRunning() || answers()); attempt++) {
      try {
        cluster.stopJettySolrRunner(jetty);
      } catch (Exception slowPool) {
        // one of Solr's executor pools can outlive its shutdown wait; try again, the port decides
        System.err.println(name + ": stop attempt " + attempt + ": " + slowPool);
      }
    }
    if (answers()) {
      throw new IllegalStateException(name + " still answers on port " + port + " after 3 stops");
    }
    if (nodeName != null) {
      try {
        cluster
            .getZkStateReader()
            .waitForLiveNodes(WAIT_SECONDS, TimeUnit.SECONDS, (o, n) -> !n.contains(nodeName));
      } catch (TimeoutException slowZooKeeper) {
        // nothing answers any more: stopped for every caller; ZooKeeper drops the node when its
        // session expires, and a later start registers it again
        System.err.println(
            name + ": stopped; ZooKeeper still lists it after " + WAIT_SECONDS + " s");
      }
    }
  }

  void start() throws Exception {
    if (jetty.isRunning() && answers()) {
      return;
    }
    if (jetty.isRunning()) {
      jetty.stop(); // half stopped: finish the stop before starting again
    }
    cluster.startJettySolrRunner(jetty, true);
    cluster.waitForNode(jetty, (int) WAIT_SECONDS);
  }

  /**
   * Waits until every replica on a live node is active: called once the nodes of a start command
   * are up, since a node stopped again while its replicas still recover is the slow stop above.
   */
  static void awaitLiveReplicasActive(MiniSolrCloudCluster cluster) throws Exception {
    ZkStateReader zk = cluster.getZkStateReader();
    for (String collection : zk.getClusterState().getCollectionNames()) {
      zk.waitForState(
          collection,
          WAIT_SECONDS,
          TimeUnit.SECONDS,
          (live, state) ->
              state != null
                  && state.getReplicas().stream()
                      .allMatch(r -> !live.contains(r.getNodeName()) || r.isActive(live)));
    }
  }

  private boolean answers() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
