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
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
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
    state.put(target, state.get(target).withReindexing(false));
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
    return walk(
        s.papersAt(),
        s.papersId(),
        (at, id) -> papers.changedSince(at, id, batch),
        PaperRepository.Change::modifiedAt,
        PaperRepository.Change::id,
        (at, id) -> state.put(target, state.get(target).withPapers(at, id)),
        progress);
  }

  private long sendVectors() {
    if (model == null) {
      return 0;
    }
    SyncStateRepository.State s = state.get(target);
    return walk(
        s.vectorsAt(),
        s.vectorsId(),
        (at, id) -> vectors.storedSince(model, at, id, batch),
        VectorRepository.Change::createdAt,
        VectorRepository.Change::id,
        (at, id) -> state.put(target, state.get(target).withVectors(at, id)),
        n -> {});
  }

  /**
   * Sends the papers of each page of changes after {@code (at, id)} and stores the position of the
   * last change older than the lag once Solr acknowledged; returns the papers sent.
   */
  private <C> long walk(
      String at,
      String id,
      BiFunction<String, String, List<C>> page,
      Function<C, String> timeOf,
      Function<C, String> idOf,
      BiConsumer<String, String> store,
      Consumer<Long> progress) {
    long sent = 0;
    while (true) {
      List<C> changes = page.apply(at, id);
      if (changes.isEmpty()) {
        return sent;
      }
      send(changes.stream().map(idOf).toList());
      sent += changes.size();
      String cutoff = capped();
      C keep = null;
      for (C c : changes) {
        if (timeOf.apply(c).compareTo(cutoff) <= 0) {
          keep = c;
        }
      }
      if (keep != null) {
        store.accept(timeOf.apply(keep), idOf.apply(keep));
      }
      C last = changes.get(changes.size() - 1);
      at = timeOf.apply(last);
      id = idOf.apply(last);
      progress.accept(sent);
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
