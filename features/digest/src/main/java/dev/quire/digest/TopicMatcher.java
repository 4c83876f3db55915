package dev.quire.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the papers a saved search matches among recent ones. {@link DatabaseTopicMatcher} is the
 * SQL implementation; a search index can take its place.
 */
public interface TopicMatcher {

  /**
   * Ids of papers that match {@code query} and were first published at or after {@code
   * publishedSince} or featured on or after {@code featuredSince}, newest first, at most {@code
   * limit}.
   */
  List<String> recentMatches(
      TopicQuery query, Instant publishedSince, LocalDate featuredSince, int limit);
}
