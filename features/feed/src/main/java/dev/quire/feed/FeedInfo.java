package dev.quire.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * What an Atom feed says about itself, with absolute URLs.
 *
 * @param id the feed's permanent id (an absolute URL or URN)
 * @param title feed title
 * @param selfUrl where the feed itself is served
 * @param alternateUrl the HTML page the feed mirrors
 * @param authorName who publishes the feed (the site name)
 * @param paperUrlPrefix absolute URL that a paper id is appended to, e.g.
 *     https://quire.example/papers/
 * @param emptyUpdated the feed's {@code updated} when it has no entries
 */
public record FeedInfo(
    String id,
    String title,
    String selfUrl,
    String alternateUrl,
    String authorName,
    String paperUrlPrefix,
    Instant emptyUpdated) {
  public FeedInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(selfUrl, "selfUrl");
    Objects.requireNonNull(alternateUrl, "alternateUrl");
    Objects.requireNonNull(authorName, "authorName");
    Objects.requireNonNull(paperUrlPrefix, "paperUrlPrefix");
    Objects.requireNonNull(emptyUpdated, "emptyUpdated");
  }
}
