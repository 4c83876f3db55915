package dev.quire.app;

import dev.quire.paper.PaperRepository;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.embed.VectorRepository;
import dev.quire.search.solr.SolrClients;
import dev.quire.search.solr.SolrSettings;
import dev.quire.search.solr.SolrSync;
import dev.quire.search.solr.SolrSyncLoop;
import dev.quire.search.solr.SyncStateRepository;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.jdbi.v3.core.Jdbi;

/**
 * This process's link to SolrCloud ({@code search.engine=solr}): one client, the sync of papers and
 * vectors from the database, and its background loop once started.
 */
public final class SolrNode implements AutoCloseable {
  /** Papers per update request of the sync and of {@code quire reindex}. */
  static final int BATCH = 500;

  private final SolrSettings settings;
  private final CloudSolrClient client;
  private final SolrSync sync;
  private final PaperRepository papers;
  private SolrSyncLoop loop;

  SolrNode(SolrSettings settings, Jdbi jdbi, PaperRepository papers, boolean semantic) {
    this.settings = settings;
    this.papers = papers;
    this.client = SolrClients.open(settings);
    this.sync =
        new SolrSync(
            papers,
            new VectorRepository(jdbi),
            new SyncStateRepository(jdbi),
            client,
            settings.collection(),
            semantic ? OnnxEmbedder.MODEL : null,
            BATCH);
  }

  /** The client of the cluster; its default collection is {@code solr.collection}. */
  public CloudSolrClient client() {
    return client;
  }

  public SolrSettings settings() {
    return settings;
  }

  /** The sync of the database into the collection. */
  public SolrSync sync() {
    return sync;
  }

  /** Starts following the database in the background (serve). */
  public synchronized void startSync() {
    if (loop == null) {
      loop = new SolrSyncLoop(sync, papers::committedBatches);
      loop.start();
    }
  }

  /** Why the last sync round failed, or null. */
  public synchronized String syncProblem() {
    return loop == null ? null : loop.problem();
  }

  @Override
  public synchronized void close() {
    if (loop != null) {
      loop.close();
    }
    try {
      client.close();
    } catch (java.io.IOException e) {
      // closing anyway
    }
  }
}
