package dev.quire.search;

/**
 * The state of the search index and of background embedding.
 *
 * @param state what the indexer is doing: "starting", "rebuilding", "ready"
 * @param model embedding model, or null when semantic search is off
 * @param papers papers in the database
 * @param indexed papers searchable by keywords
 * @param withVectors papers searchable by meaning
 * @param queued papers waiting to be embedded
 * @param papersPerSecond recent embedding rate, 0 when idle
 * @param etaSeconds estimated seconds until every queued paper is embedded, -1 when unknown
 */
public record SearchStatus(
    String state,
    String model,
    int papers,
    int indexed,
    int withVectors,
    int queued,
    double papersPerSecond,
    long etaSeconds) {

  /** "1,234 of 82,477 papers embedded, 31.0 papers/s, about 42 min left". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%s: %,d of %,d papers indexed", state, indexed, papers));
    if (model != null) {
      sb.append(String.format(", %,d with vectors (%s)", withVectors, model));
      if (queued > 0) {
        sb.append(String.format(", %,d queued, %.1f papers/s", queued, papersPerSecond));
        if (etaSeconds >= 0) {
          sb.append(", ETA ").append(duration(etaSeconds));
        }
      }
    }
    return sb.toString();
  }

  /** The time left in words ("3 min 20 s", "1 h 5 min"), or empty when unknown. */
  public String timeLeft() {
    return etaSeconds < 0 ? "" : duration(etaSeconds);
  }

  public static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + " min " + (seconds % 60) + " s";
    }
    return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
  }
}
