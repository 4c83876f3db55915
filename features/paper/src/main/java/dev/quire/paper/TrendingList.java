package dev.quire.paper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The trending list: papers featured in the {@value #WINDOW_DAYS} days up to the newest featured
 * day, with at least one upvote, ordered by the time-decayed {@link Trending} score. The page, its
 * feeds and the MCP tool read the same list.
 */
public final class TrendingList {
  /** Days looked back from the newest featured day. */
  public static final int WINDOW_DAYS = 7;

  /** Rows the score is computed over. */
  static final int CANDIDATES = 2_000;

  private final PaperRepository papers;
  private final Trending trending;
  private final Clock clock;

  public TrendingList(PaperRepository papers, Clock clock) {
    this.papers = papers;
    this.trending = new Trending(clock);
    this.clock = clock;
  }

  /** The first day of the window. */
  public LocalDate from() {
    return papers.latestFeaturedDay().orElse(LocalDate.now(clock)).minusDays(WINDOW_DAYS - 1);
  }

  /** The top {@code limit} papers, highest score first. */
  public List<FeaturedPaper> top(int limit) {
    LocalDate from = from();
    List<FeaturedPaper> rows =
        papers.featured(
            new DailyQuery(
                from, from.plusDays(WINDOW_DAYS), null, DailyQuery.Sort.UPVOTES, 0, CANDIDATES));
    return trending.sort(rows).stream().filter(f -> f.paper().upvotes() > 0).limit(limit).toList();
  }
}
