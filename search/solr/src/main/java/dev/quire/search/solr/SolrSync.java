package dev.quire.search.solr;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.SearchUnavailable;
import dev.quire.search.embed.TextHash;
import dev.quire.search.embed.VectorRepository;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Keeps a SolrCloud collection equal to the database. It walks papers changed since the last change
 * Solr acknowledged ({@link PaperRepository#changedSince}) and vectors stored since the last one
 * sent, in batches, and moves the watermarks (in the database, {@link SyncStateRepository}) only
 * after Solr acknowledged a batch: a crash or a Solr outage never loses a write, it only sends some
 * papers twice (ids are unique in Solr, so twice is the same as once).
 *
 * <p>Watermarks stop {@link #LAG} short of now: a transaction of another node that commits a little
 * after a later one is still seen. Papers of the last seconds are therefore sent again on the next
 * rounds, which costs little.
 */
public final class SolrSync {
  /** How far behind now the stored watermarks stay. */
  static final Duration LAG = Duration.ofSeconds(10);

  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final SyncStateRepository state;
  private final SolrClient client;
  private final String target;
  private final String model;
  private final int batch;

  /**
   * @param client a client whose default collection is {@code target}
   * @param model the embedding model whose vectors are sent, or null for none
   * @param batch papers per update request
   */
  public SolrSync(
      PaperRepository papers,
      VectorRepository vectors,
      SyncStateRepository state,
      SolrClient client,
      String target,
      String model,
      int batch) {
    this.papers = papers;
    this.vectors = vectors;
    this.state = state;
    this.client = client;
    this.target = target;
    this.model = model;
    this.batch = batch;
  }

  /** This sync with another batch size (papers per update request). */
  public SolrSync withBatch(int papersPerRequest) {
    if (papersPerRequest < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, was " + papersPerRequest);
    }
    return new SolrSync(papers, vectors, state, client, target, model, papersPerRequest);
  }

  /**
   * {@code quire reindex}: sends every paper, in batches, reporting progress. A reindex that was
   * interrupted (crash, kill) is resumed where Solr last acknowledged, not started again.
   *
   * @return papers sent
   */
  public synchronized long reindex(Consumer<String> progress) {
    SyncStateRepository.State s = state.get(target);
    if (s.reindexing()) {
      progress.accept("resuming the interrupted reindex of " + target + " after " + s.papersId());
    } else {
      // from the start; vectors come along with their papers, so the vector watermark moves to now
      state.put(target, new SyncStateRepository.State(null, "", capped(), "", true));
    }
    long total = papers.countPapers();
    long sent =
        sendPapers(
            n ->
                progress.accept(
                    String.format(
                        "indexing into %s: %,d papers sent (%,d in all)", target, n, total)));
    SyncStateRepository.State done = state.get(target);
    state.put(
        target,
        new SyncStateRepository.State(
            done.papersAt(), done.papersId(), done.vectorsAt(), done.vectorsId(), false));
    progress.accept(String.format("indexed %,d papers into %s", sent, target));
    return sent;
  }

  /** Sends what changed since the last acknowledged change; returns the papers sent. */
  public synchronized long catchUp() {
    long n = sendPapers(x -> {});
    return n + sendVectors();
  }

  private long sendPapers(Consumer<Long> progress) {
    SyncStateRepository.State s = state.get(target);
    String at = s.papersAt();
    String id = s.papersId();
    long sent = 0;
    while (true) {
      List<PaperRepository.Change> changes = papers.changedSince(at, id, batch);
      if (changes.isEmpty()) {
        return sent;
      }
      send(changes.stream().map(PaperRepository.Change::id).toList());
      sent += changes.size();
      String cutoff = capped();
      PaperRepository.Change keep = null;
      for (PaperRepository.Change c : changes) {
        if (c.modifiedAt().compareTo(cutoff) <= 0) {
          keep = c;
        }
      }
      SyncStateRepository.State now = state.get(target);
      if (keep != null) {
        state.put(
            target,
            new SyncStateRepository.State(
                keep.modifiedAt(), keep.id(), now.vectorsAt(), now.vectorsId(), now.reindexing()));
      }
      PaperRepository.Change last = changes.get(changes.size() - 1);
      at = last.modifiedAt();
      id = last.id();
      progress.accept(sent);
    }
  }

  private long sendVectors() {
    if (model == null) {
      return 0;
    }
    SyncStateRepository.State s = state.get(target);
    String at = s.vectorsAt();
    String id = s.vectorsId();
    long sent = 0;
    while (true) {
      List<VectorRepository.Change> changes = vectors.storedSince(model, at, id, batch);
      if (changes.isEmpty()) {
        return sent;
      }
      send(changes.stream().map(VectorRepository.Change::id).toList());
      sent += changes.size();
      String cutoff = capped();
      VectorRepository.Change keep = null;
      for (VectorRepository.Change c : changes) {
        if (c.createdAt().compareTo(cutoff) <= 0) {
          keep = c;
        }
      }
      SyncStateRepository.State now = state.get(target);
      if (keep != null) {
        state.put(
            target,
            new SyncStateRepository.State(
                now.papersAt(), now.papersId(), keep.createdAt(), keep.id(), now.reindexing()));
      }
      VectorRepository.Change last = changes.get(changes.size() - 1);
      at = last.createdAt();
      id = last.id();
    }
  }

  /** Sends the current documents of these papers; returns once Solr acknowledged them. */
  private void send(List<String> ids) {
    Map<String, Paper> found = papers.findAll(ids);
    Map<String, VectorRepository.Stored> stored =
        model == null ? Map.of() : vectors.find(found.keySet(), model);
    List<SolrInputDocument> docs = new ArrayList<>(found.size());
    for (Paper p : found.values()) {
      VectorRepository.Stored v = stored.get(p.id());
      boolean current = v != null && v.textHash().equals(TextHash.of(p.title(), p.abstractText()));
      docs.add(SolrDocuments.paper(p, current ? v.vector() : null));
    }
    if (docs.isEmpty()) {
      return;
    }
    try {
      client.add(docs);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchUnavailable("SolrCloud did not take the papers: " + e.getMessage(), e);
    }
  }

  /** The newest time a watermark may hold now. */
  private static String capped() {
    return Instant.now().minus(LAG).toString();
  }
}
