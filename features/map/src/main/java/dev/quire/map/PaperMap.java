package dev.quire.map;

import java.util.List;

/**
 * Papers laid out by meaning: similar papers close together, in coloured clusters named by their
 * characteristic title words.
 *
 * @param points the placed papers, in the order they were given
 * @param clusters the clusters, largest first
 * @param unplaced papers left off because they have no embedding yet
 */
public record PaperMap(List<Point> points, List<Cluster> clusters, int unplaced) {
  public PaperMap {
    points = List.copyOf(points);
    clusters = List.copyOf(clusters);
  }

  /**
   * One paper on the map.
   *
   * @param id arXiv id
   * @param title title
   * @param x horizontal position in [0, 1]
   * @param y vertical position in [0, 1]
   * @param cluster index into {@link #clusters()}
   */
  public record Point(String id, String title, double x, double y, int cluster) {}

  /**
   * A group of papers about the same thing.
   *
   * @param words its characteristic title words, most telling first
   * @param size number of papers
   * @param x horizontal centre in [0, 1]
   * @param y vertical centre in [0, 1]
   */
  public record Cluster(List<String> words, int size, double x, double y) {
    public Cluster {
      words = List.copyOf(words);
    }

    /** "spin · magnetic · lattice", or "papers" when no word stands out. */
    public String label() {
      return words.isEmpty() ? "papers" : String.join(" · ", words);
    }
  }

  /** A map with nothing on it. */
  public static PaperMap empty(int unplaced) {
    return new PaperMap(List.of(), List.of(), unplaced);
  }
}
