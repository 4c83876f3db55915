package dev.quire.paper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Orders featured papers by a time-decayed score, {@code upvotes / (hours since featured + 2)^1.5},
 * so a fresh paper with some votes outranks an old paper with many.
 */
public final class Trending {
  private final Clock clock;

  public Trending(Clock clock) {
    this.clock = clock;
  }

  /** The score of one featured paper at this clock's time. */
  public double score(FeaturedPaper f) {
    Instant featured =
        f.entry().submittedAt() != null
            ? f.entry().submittedAt()
            : f.entry().featuredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
    double hours = Math.max(0, Duration.between(featured, clock.instant()).toMinutes() / 60.0);
    return f.paper().upvotes() / Math.pow(hours + 2, 1.5);
  }

  /** A copy of {@code papers}, highest score first (ties by upvotes, then id). */
  public List<FeaturedPaper> sort(List<FeaturedPaper> papers) {
    return papers.stream()
        .sorted(
            Comparator.comparingDouble(this::score)
                .reversed()
                .thenComparing(f -> -f.paper().upvotes())
                .thenComparing(f -> f.paper().id()))
        .toList();
  }
}
