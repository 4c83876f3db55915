package dev.quire.foryou;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the papers of a period for one reader (see {@link Weights} for the formula). Pure: no
 * storage, so the evaluation runs exactly what the page runs.
 */
public final class Ranker {
  /**
   * One ranked paper.
   *
   * @param candidate the paper
   * @param score the mixed score
   * @param relevance personal relevance in [0, 1] before the follow bonus
   * @param followReasons why it comes from what the reader follows, empty when it does not
   */
  public record Ranked(
      Candidate candidate, double score, double relevance, List<Reason> followReasons) {}

  private final Weights weights;

  public Ranker(Weights weights) {
    this.weights = weights;
  }

  /**
   * The candidates of the period {@code [from, toExclusive)} best first, without {@code dismissed}
   * papers.
   */
  public List<Ranked> rank(
      List<Candidate> pool,
      InterestModel model,
      FollowMatcher follows,
      Set<String> dismissed,
      LocalDate from,
      LocalDate toExclusive) {
    return rank(pool, null, model, follows, dismissed, from, toExclusive);
  }

  /**
   * As above, with the candidates' vectors already {@link InterestModel#prepare prepared} by the
   * model's period statistics ({@code prepared} aligned with {@code pool}; null to prepare here).
   */
  public List<Ranked> rank(
      List<Candidate> pool,
      float[][] prepared,
      InterestModel model,
      FollowMatcher follows,
      Set<String> dismissed,
      LocalDate from,
      LocalDate toExclusive) {
    return rank(pool, relevances(pool, prepared, model), follows, dismissed, from, toExclusive);
  }

  /**
   * The model's relevance of each candidate (NaN without a vector or an empty model), aligned with
   * {@code pool}: the costly part of ranking, which callers may keep while the reader's positives
   * and the period's papers stay the same.
   */
  public static float[] relevances(List<Candidate> pool, float[][] prepared, InterestModel model) {
    float[] raw = new float[pool.size()];
    for (int i = 0; i < raw.length; i++) {
      Candidate c = pool.get(i);
      if (c.vector() != null && !model.isEmpty()) {
        raw[i] =
            prepared != null ? model.relevancePrepared(prepared[i]) : model.relevance(c.vector());
      } else {
        raw[i] = Float.NaN;
      }
    }
    return raw;
  }

  /**
   * Personal relevance from the embedding model's relevances ({@link #relevances}) and the lexical
   * scores ({@link TermVectors#scores}): each scaled to [0, 1] over the period, mixed with {@code
   * words} for the lexical part. A paper without a vector (NaN) gets its lexical part alone.
   */
  public static float[] blend(float[] model, float[] lexical, double words) {
    if (lexical == null || words <= 0) {
      return model;
    }
    float[] m = scaled(model);
    float[] l = scaled(lexical);
    float[] out = new float[m.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Float.isNaN(m[i]) ? l[i] : (float) ((1 - words) * m[i] + words * l[i]);
    }
    return out;
  }

  private static float[] scaled(float[] raw) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float x : raw) {
      if (!Float.isNaN(x)) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    float[] out = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = Float.isNaN(raw[i]) ? Float.NaN : max <= min ? 0 : (raw[i] - min) / (max - min);
    }
    return out;
  }

  /** Ranks with relevances already computed by {@link #relevances}. */
  public List<Ranked> rank(
      List<Candidate> pool,
      float[] raw,
      FollowMatcher follows,
      Set<String> dismissed,
      LocalDate from,
      LocalDate toExclusive) {
    int n = pool.size();
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    double maxLog = 0;
    for (int i = 0; i < n; i++) {
      maxLog = Math.max(maxLog, Math.log1p(Math.max(0, pool.get(i).upvotes())));
      if (!Float.isNaN(raw[i])) {
        min = Math.min(min, raw[i]);
        max = Math.max(max, raw[i]);
      }
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(from, toExclusive) - 1);
    List<Ranked> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Candidate c = pool.get(i);
      if (dismissed.contains(c.id())) {
        continue;
      }
      double relevance =
          Float.isNaN(raw[i]) || max <= min ? 0 : (raw[i] - min) / (double) (max - min);
      List<Reason> reasons = follows.isEmpty() ? List.of() : follows.reasons(c);
      double personal = Math.min(1, relevance + (reasons.isEmpty() ? 0 : weights.followBonus()));
      double recency =
          c.day() == null
              ? 0
              : Math.min(1, Math.max(0, ChronoUnit.DAYS.between(from, c.day()) / (double) days));
      double trending = maxLog == 0 ? 0 : Math.log1p(Math.max(0, c.upvotes())) / maxLog;
      double score =
          weights.personal() * personal
              + weights.recency() * recency
              + weights.trending() * trending;
      out.add(new Ranked(c, score, relevance, reasons));
    }
    out.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> r.candidate().id()));
    return out;
  }
}
