package dev.quire.app;

import dev.quire.search.solr.SolrClients;
import dev.quire.search.solr.SolrCollections;
import dev.quire.search.solr.SolrSettings;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code solr} command of the command line: {@code solr init}. */
final class SolrCommands {
  private SolrCommands() {}

  @Command(
      name = "solr",
      mixinStandardHelpOptions = true,
      description = "SolrCloud as the search engine: init",
      synopsisSubcommandLabel = "init",
      subcommands = {Init.class})
  static final class Solr implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      throw new UsageException("usage: quire solr init [--shards N] [--replicas N]");
    }
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description =
          "upload Quire's configset and create the collection (solr.collection); safe to re-run,"
              + " refuses a collection of another schema version")
  static final class Init extends ConfiguredCommand {
    @Option(names = "--shards", description = "shards of a new collection (default 2)")
    int shards = 2;

    @Option(names = "--replicas", description = "replicas of each shard (default 2)")
    int replicas = 2;

    @Override
    public Integer call() throws Exception {
      SolrSettings s = config().solr();
      if (s.zkHosts().isEmpty() && s.urls().isEmpty()) {
        throw new UsageException(
            "say where SolrCloud is: --solr.zk-hosts HOST:PORT[/chroot] or --solr.urls URL");
      }
      try (CloudSolrClient client = SolrClients.open(s)) {
        out().println("quire: " + SolrCollections.init(client, s.collection(), shards, replicas));
        return 0;
      } catch (SolrCollections.SchemaMismatch e) {
        err().println("quire: " + e.getMessage());
        return 1;
      }
    }
  }
}
