package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.embed.TextHash;
import dev.quire.search.embed.VectorRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the index equal to the database: a full rebuild from stored papers and vectors (never
 * re-embedding a paper whose text is unchanged), and incremental catch-up with papers written since
 * the last indexed change. Papers without a current vector are handed to the embedding queue.
 */
final class IndexSync {
  private static final int PAGE = 500;

  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final PaperIndex index;
  private final String model;
  private final Consumer<List<Paper>> needsVector;
  private final Runnable needsMissingVectors;
  private String watermark;
  private String watermarkId = "";

  /**
   * @param model the embedding model, or null to index without vectors
   * @param needsVector receives papers to embed
   * @param needsMissingVectors asks for every paper without a vector to be embedded
   */
  IndexSync(
      PaperRepository papers,
      VectorRepository vectors,
      PaperIndex index,
      String model,
      Consumer<List<Paper>> needsVector,
      Runnable needsMissingVectors) {
    this.papers = papers;
    this.vectors = vectors;
    this.index = index;
    this.model = model;
    this.needsVector = needsVector;
    this.needsMissingVectors = needsMissingVectors;
    Map<String, String> data = index.commitData();
    this.watermark = data.get(PaperIndex.KEY_WATERMARK);
  }

  /** Why the index must be rebuilt, or null when it is current. */
  synchronized String staleReason() {
    Map<String, String> data = index.commitData();
    if (!PaperIndex.SCHEMA.equals(data.get(PaperIndex.KEY_SCHEMA))) {
      return data.isEmpty() ? "no index yet" : "index schema changed";
    }
    if (!String.valueOf(model).equals(data.get(PaperIndex.KEY_MODEL))) {
      return "embedding model changed";
    }
    if (index.size() > papers.countPapers()) {
      return "index holds papers the database does not";
    }
    if (model != null && index.withVectors() < vectors.count(model) - 0) {
      return "stored vectors missing from the index";
    }
    return null;
  }

  /** Rebuilds the index from the database; returns the number of papers indexed. */
  synchronized int rebuild(Consumer<String> progress) {
    String mark = papers.lastModified().orElse(null);
    // a new index answers from what it has so far (with a notice); a stale one keeps answering
    // from its last commit until the rebuild is done
    boolean fresh = index.size() == 0;
    index.clear();
    int done = 0;
    int total = papers.countPapers();
    String after = null;
    long start = System.nanoTime();
    while (true) {
      List<Paper> page = papers.page(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      put(page);
      if (fresh) {
        index.refresh();
      }
      done += page.size();
      after = page.get(page.size() - 1).id();
      if (done % 20_000 < PAGE) {
        progress.accept(String.format("indexing: %,d of %,d papers", done, total));
      }
    }
    long merge = System.nanoTime();
    index.optimize();
    progress.accept(
        String.format(
            "indexed %,d papers in %.1f s (of which %.1f s merging into one segment)",
            done, (System.nanoTime() - start) / 1e9, (System.nanoTime() - merge) / 1e9));
    watermark = mark;
    watermarkId = "";
    commit();
    return done;
  }

  /** Indexes papers written since the last change seen; returns how many. */
  synchronized int catchUp() {
    int n = 0;
    while (true) {
      List<PaperRepository.Change> changes = papers.changedSince(watermark, watermarkId, PAGE);
      if (changes.isEmpty()) {
        break;
      }
      Map<String, Paper> found =
          papers.findAll(changes.stream().map(PaperRepository.Change::id).toList());
      put(new ArrayList<>(found.values()));
      PaperRepository.Change last = changes.get(changes.size() - 1);
      watermark = last.modifiedAt();
      watermarkId = last.id();
      n += changes.size();
    }
    return n;
  }

  /** Commits the index with the current watermark. */
  synchronized void commit() {
    Map<String, String> data = new HashMap<>();
    data.put(PaperIndex.KEY_SCHEMA, PaperIndex.SCHEMA);
    data.put(PaperIndex.KEY_MODEL, String.valueOf(model));
    if (watermark != null) {
      data.put(PaperIndex.KEY_WATERMARK, watermark);
    }
    index.commit(data);
  }

  /** Queues every paper that has no vector of the model (after a restart). */
  void queueMissingVectors() {
    if (model != null) {
      needsMissingVectors.run();
    }
  }

  /**
   * Puts the stored vectors of these papers (computed by another node) into the index, those
   * computed from the paper's current text; returns how many.
   */
  synchronized int putStoredVectors(List<String> ids) {
    if (model == null || ids.isEmpty()) {
      return 0;
    }
    Map<String, VectorRepository.Stored> stored = vectors.find(ids, model);
    int n = 0;
    for (Paper p : papers.findAll(List.copyOf(stored.keySet())).values()) {
      VectorRepository.Stored s = stored.get(p.id());
      if (current(p, s)) {
        index.put(p, s.vector());
        n++;
      }
    }
    return n;
  }

  private void put(List<Paper> batch) {
    Map<String, VectorRepository.Stored> stored =
        model == null ? Map.of() : vectors.find(batch.stream().map(Paper::id).toList(), model);
    List<Paper> missing = new ArrayList<>();
    for (Paper p : batch) {
      VectorRepository.Stored s = stored.get(p.id());
      boolean ok = current(p, s);
      index.put(p, ok ? s.vector() : null);
      if (!ok && model != null) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      needsVector.accept(missing);
    }
  }

  private static boolean current(Paper p, VectorRepository.Stored s) {
    return s != null && s.textHash().equals(TextHash.of(p.title(), p.abstractText()));
  }
}
