package dev.quire.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Maps of sets of papers (a day, a week, a month, a search), computed once and remembered: the same
 * papers give the same map without loading a vector. A remembered map is recomputed after {@link
 * #MAX_AGE}, and after {@link #INCOMPLETE_AGE} when some of its papers had no vector yet.
 */
public final class PaperMaps {
  /** Most papers on one map: the first ones given (the caller's order) are kept. */
  public static final int MAX_PAPERS = 5_000;

  static final Duration MAX_AGE = Duration.ofMinutes(30);
  static final Duration INCOMPLETE_AGE = Duration.ofSeconds(30);
  static final int REMEMBERED = 64;

  /** A paper to map, before its vector is loaded. */
  public record Paper(String id, String title) {}

  private record Remembered(PaperMap map, long createdNanos) {}

  private final Function<Collection<String>, Map<String, float[]>> vectors;
  private final LongSupplier nanoTicker;
  private final Map<String, Remembered> remembered =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
          return size() > REMEMBERED;
        }
      };

  /**
   * @param vectors the stored embeddings of papers, by id (papers without one left out)
   * @param nanoTicker a monotonic clock
   */
  public PaperMaps(
      Function<Collection<String>, Map<String, float[]>> vectors, LongSupplier nanoTicker) {
    this.vectors = vectors;
    this.nanoTicker = nanoTicker;
  }

  /** The map of these papers (at most {@link #MAX_PAPERS}), from memory when computed before. */
  public PaperMap map(List<Paper> papers) {
    List<Paper> kept = papers.size() > MAX_PAPERS ? papers.subList(0, MAX_PAPERS) : papers;
    String key = key(kept);
    long now = nanoTicker.getAsLong();
    synchronized (remembered) {
      Remembered e = remembered.get(key);
      if (e != null && fresh(e, now)) {
        return e.map();
      }
    }
    PaperMap map = compute(kept);
    synchronized (remembered) {
      remembered.put(key, new Remembered(map, now));
    }
    return map;
  }

  /** Computes the map without looking in memory. */
  PaperMap compute(List<Paper> papers) {
    Map<String, float[]> found = vectors.apply(papers.stream().map(Paper::id).toList());
    List<MapInput> inputs =
        papers.stream().map(p -> new MapInput(p.id(), p.title(), found.get(p.id()))).toList();
    return MapLayout.layout(inputs);
  }

  private boolean fresh(Remembered e, long now) {
    long age = now - e.createdNanos();
    long limit = e.map().unplaced() > 0 ? INCOMPLETE_AGE.toNanos() : MAX_AGE.toNanos();
    return age < limit;
  }

  /** A digest of the ids and titles, in order. */
  private static String key(List<Paper> papers) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Paper p : papers) {
        sha.update(p.id().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(String.valueOf(p.title()).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 1);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
