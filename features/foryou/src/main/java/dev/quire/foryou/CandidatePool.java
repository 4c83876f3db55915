package dev.quire.foryou;

import dev.quire.paper.PaperRepository;
import dev.quire.search.embed.VectorRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The candidate papers of a window with their vectors, kept in memory for a minute (or until a
 * paper is written), since every reader of a period ranks the same papers: ranking 5,000 cached
 * candidates takes milliseconds, reading and decoding them takes far longer.
 */
final class CandidatePool {
  static final long TTL_NANOS = 60_000_000_000L;
  private static final int WINDOWS = 16;

  /**
   * The candidates of a window and the statistics of their vectors (null without vectors).
   *
   * @param candidates the papers
   * @param stats mean and covariance of their vectors, or null
   * @param centred their vectors centred by {@code stats} (as {@link InterestModel#prepare} would)
   * @param terms their words, as tf-idf vectors
   */
  record Window(
      List<Candidate> candidates, PoolStats stats, float[][] centred, TermVectors terms) {}

  private record Entry(Window window, String lastModified, long atNanos) {}

  private final ForYouRepository repo;
  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final Supplier<String> model;
  private final Map<String, Entry> windows = new ConcurrentHashMap<>();

  CandidatePool(
      ForYouRepository repo,
      PaperRepository papers,
      VectorRepository vectors,
      Supplier<String> model) {
    this.repo = repo;
    this.papers = papers;
    this.vectors = vectors;
    this.model = model;
  }

  /** The candidates of {@code [from, to)}. */
  List<Candidate> of(LocalDate from, LocalDate to) {
    return window(from, to).candidates();
  }

  /** The candidates of {@code [from, to)} with the statistics of their vectors. */
  Window window(LocalDate from, LocalDate to) {
    String key = from + " " + to;
    String modified = papers.lastModified().orElse("");
    long now = System.nanoTime();
    Entry e = windows.get(key);
    if (e != null && e.lastModified().equals(modified) && now - e.atNanos() < TTL_NANOS) {
      return e.window();
    }
    List<Candidate> loaded = withVectors(repo.candidates(from, to));
    PoolStats stats = PoolStats.of(loaded.stream().map(Candidate::vector).toList());
    float[][] centred = new float[loaded.size()][];
    for (int i = 0; i < centred.length; i++) {
      float[] v = loaded.get(i).vector();
      centred[i] = v == null || stats == null ? v : stats.center(v);
    }
    TermVectors terms =
        TermVectors.of(
            loaded.stream().map(c -> TermVectors.textOf(c.title(), c.abstractText())).toList());
    Window w = new Window(loaded, stats, centred, terms);
    if (windows.size() >= WINDOWS) {
      windows.clear();
    }
    windows.put(key, new Entry(w, modified, now));
    return w;
  }

  /** Forgets every window (after votes, which change trending counts). */
  void clear() {
    windows.clear();
  }

  private List<Candidate> withVectors(List<Candidate> raw) {
    String m = model.get();
    if (m == null || raw.isEmpty()) {
      return raw;
    }
    Map<String, float[]> v = vectors.vectorsOf(raw.stream().map(Candidate::id).toList(), m);
    List<Candidate> out = new ArrayList<>(raw.size());
    for (Candidate c : raw) {
      out.add(c.withVector(v.get(c.id())));
    }
    return out;
  }

  /** Vectors of these papers (positives and negatives, which may lie outside any window). */
  Map<String, float[]> vectorsOf(List<String> ids) {
    String m = model.get();
    return m == null ? Map.of() : vectors.vectorsOf(ids, m);
  }
}
