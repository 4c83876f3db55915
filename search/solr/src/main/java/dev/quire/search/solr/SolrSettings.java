package dev.quire.search.solr;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which search engine serves Quire, and where SolrCloud is when it is Solr. Read by {@code Config}
 * from {@code search.engine}, {@code solr.zk-hosts}, {@code solr.urls} and {@code solr.collection}.
 *
 * @param solr whether search runs on SolrCloud ({@code search.engine=solr}) instead of the embedded
 *     Lucene index
 * @param zkHosts ZooKeeper ensemble with optional chroot ({@code zk1:2181,zk2:2181/solr}), or empty
 * @param urls base URLs of Solr nodes ({@code http://solr1:8983/solr}); used when zkHosts is empty
 * @param collection the collection of papers
 */
public record SolrSettings(boolean solr, String zkHosts, List<String> urls, String collection) {

  public SolrSettings {
    zkHosts = zkHosts == null ? "" : zkHosts.trim();
    urls = List.copyOf(urls);
    for (String u : urls) {
      URI uri;
      try {
        uri = URI.create(u);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("solr.urls: '" + u + "' is not a URL");
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException(
            "solr.urls: '" + u + "' is not an http(s) URL such as http://solr1:8983/solr");
      }
    }
    if (!zkHosts.isEmpty()
        && !zkHosts.matches("[A-Za-z0-9.\\-]+:\\d+(,[A-Za-z0-9.\\-]+:\\d+)*(/[\\w./-]*)?")) {
      throw new IllegalArgumentException(
          "solr.zk-hosts: '" + zkHosts + "' is not host:port[,host:port...][/chroot]");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "solr.collection: '"
              + collection
              + "' is not a collection name (letters, digits, . _ -)");
    }
    if (solr && zkHosts.isEmpty() && urls.isEmpty()) {
      throw new IllegalArgumentException(
          "search.engine is solr but neither solr.zk-hosts nor solr.urls is set: say where"
              + " SolrCloud is (e.g. solr.zk-hosts=zk1:2181/solr)");
    }
  }

  /** The embedded engine (the default). */
  public static SolrSettings embedded() {
    return new SolrSettings(false, "", List.of(), "quire");
  }

  /** The settings in {@code values}, keyed by config key name, already type-checked. */
  public static SolrSettings from(Map<String, String> values) {
    String urls = values.getOrDefault("solr.urls", "").trim();
    return new SolrSettings(
        "solr".equals(values.getOrDefault("search.engine", "lucene")),
        values.getOrDefault("solr.zk-hosts", ""),
        urls.isEmpty()
            ? List.of()
            : Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .toList(),
        values.getOrDefault("solr.collection", "quire"));
  }

  /** The engine's name as configured: {@code lucene} or {@code solr}. */
  public String engine() {
    return solr ? "solr" : "lucene";
  }

  /** Where SolrCloud is, for messages: the ZooKeeper address or the node URLs. */
  public String where() {
    return zkHosts.isEmpty() ? String.join(",", urls) : "ZooKeeper " + zkHosts;
  }
}
