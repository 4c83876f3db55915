package dev.quire.search.solr;

import dev.quire.search.Fusion;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;

/**
 * SolrCloud's ranking opened for evaluations (quire eval --engine solr): documents put straight
 * into a collection, rankings by method and fusion exactly as {@link SolrPaperSearch} ranks. The
 * product does not use it.
 */
public final class SolrRankingLab {
  private static final int BATCH = 500;

  private final SolrClient client;
  private final List<SolrInputDocument> pending = new ArrayList<>();

  /** A lab over the collection {@code client} defaults to (made with {@code quire solr init}). */
  public SolrRankingLab(SolrClient client) {
    this.client = client;
  }

  /** Indexes one document; {@code vector} may be null. Safe from several threads. */
  public void putText(String id, String title, String body, float[] vector) {
    List<SolrInputDocument> send = null;
    synchronized (pending) {
      pending.add(SolrDocuments.text(id, title, body, vector));
      if (pending.size() >= BATCH) {
        send = new ArrayList<>(pending);
        pending.clear();
      }
    }
    if (send != null) {
      add(send);
    }
  }

  /** Sends what is pending and makes every document searchable. */
  public void commit() {
    List<SolrInputDocument> send;
    synchronized (pending) {
      send = new ArrayList<>(pending);
      pending.clear();
    }
    if (!send.isEmpty()) {
      add(send);
    }
    try {
      client.commit();
    } catch (SolrServerException | IOException e) {
      throw SolrFailures.unavailable(e);
    }
  }

  private void add(List<SolrInputDocument> docs) {
    try {
      client.add(docs);
    } catch (SolrServerException | IOException e) {
      throw SolrFailures.unavailable(e);
    }
  }

  /** The ids of the best {@code depth} documents for a query ranked with {@code fusion}. */
  public List<String> rank(
      Fusion fusion, SearchQuery query, RankingMethod method, float[] vector, int depth) {
    return new SolrRanker(client, fusion, null)
        .rank(query, SearchSort.RELEVANCE, method, () -> vector, depth).hits().stream()
            .map(SolrRanker.Hit::id)
            .toList();
  }
}
