package dev.quire.foryou;

/**
 * How For you mixes its three signals into one score; all in [0, 1] before weighting:
 *
 * <ul>
 *   <li>personal relevance: a mix (see {@link #words}) of the cosine of the paper's embedding to
 *       the reader's best-matching interest cluster, less half its cosine to the closest "not
 *       interested" paper, and of the cosine of its words to the reader's positives' words, each
 *       scaled to [0, 1] over the papers of the period, then mixed (see {@link #learned}) with the
 *       score of the reader's per-interest classifier; plus {@link #followBonus} when the paper
 *       comes from something the reader follows (capped at 1);
 *   <li>recency: 1 for the last day of the period, 0 for the first;
 *   <li>trending: log(1 + upvotes) over the largest such value of the period.
 * </ul>
 *
 * @param personal weight of personal relevance
 * @param recency weight of recency
 * @param trending weight of community trending
 * @param followBonus added to personal relevance for a followed author, organisation, category,
 *     search or collection
 * @param words share of personal relevance that comes from the words of the reader's positives
 *     ({@link TermVectors}) rather than from their embeddings
 * @param learned share of personal relevance that comes from the reader's classifier ({@link
 *     ReaderClassifier}: per interest, what separates their papers from the period's) rather than
 *     from the mix of embeddings and words above
 */
public record Weights(
    double personal,
    double recency,
    double trending,
    double followBonus,
    double words,
    double learned) {

  /** The share of words in personal relevance, see {@link #words}. */
  public static final double WORDS = 0.4;

  /** The share of the reader's classifier in personal relevance, see {@link #learned}. */
  public static final double LEARNED = 0.8;

  /** The weights For you uses (tuned in docs/benchmarks.md, "Simulated readers"). */
  public static final Weights DEFAULT = new Weights(0.9, 0.05, 0.05, 0.5, WORDS, LEARNED);

  /** These weights with another share of the classifier (the evaluation's tuning knob). */
  public Weights withLearned(double share) {
    return new Weights(personal, recency, trending, followBonus, words, share);
  }

  /** "80% personal relevance · 10% recency · 10% trending". */
  public String describe() {
    return percent(personal)
        + " personal relevance · "
        + percent(recency)
        + " recency · "
        + percent(trending)
        + " community trending";
  }

  private static String percent(double w) {
    return Math.round(w * 100) + "%";
  }
}
