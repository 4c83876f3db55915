package dev.quire.search.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Opens the SolrCloud client of Quire. It is SolrJ's cloud client over Apache HttpClient, not the
 * Jetty HTTP/2 one: SolrJ 9's Jetty 10 would clash with Javalin's Jetty 12 on one classpath. It
 * reads the cluster's state from ZooKeeper ({@code solr.zk-hosts}) or from any of the nodes ({@code
 * solr.urls}), routes updates to shard leaders and spreads queries over live replicas.
 */
public final class SolrClients {
  /** How long to wait for a connection to a Solr node. */
  static final int CONNECT_MILLIS = 5_000;

  /** How long one request may take; a down node fails over to a replica well before. */
  static final int SOCKET_MILLIS = 60_000;

  private SolrClients() {}

  /** A client of the cluster with {@code settings.collection()} as its default collection. */
  @SuppressWarnings("deprecation") // CloudLegacySolrClient: the cloud client that needs no Jetty
  public static CloudSolrClient open(SolrSettings settings) {
    CloudLegacySolrClient.Builder b;
    if (!settings.zkHosts().isEmpty()) {
      String zk = settings.zkHosts();
      int slash = zk.indexOf('/');
      Optional<String> chroot =
          slash < 0 || slash == zk.length() - 1
              ? Optional.empty()
              : Optional.of(zk.substring(slash));
      String hosts = slash < 0 ? zk : zk.substring(0, slash);
      b =
          new CloudLegacySolrClient.Builder(Arrays.asList(hosts.split(",")), chroot)
              .withZkConnectTimeout(15, TimeUnit.SECONDS)
              .withZkClientTimeout(30, TimeUnit.SECONDS);
    } else if (!settings.urls().isEmpty()) {
      b = new CloudLegacySolrClient.Builder(List.copyOf(settings.urls()));
    } else {
      throw new IllegalArgumentException("set solr.zk-hosts or solr.urls to use SolrCloud");
    }
    return b.withDefaultCollection(settings.collection())
        .withConnectionTimeout(CONNECT_MILLIS, TimeUnit.MILLISECONDS)
        .withSocketTimeout(SOCKET_MILLIS, TimeUnit.MILLISECONDS)
        .build();
  }

  /** Closes {@code client}, ignoring failures (shutdown paths). */
  static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (java.io.IOException | RuntimeException e) {
      // closing anyway
    }
  }
}
