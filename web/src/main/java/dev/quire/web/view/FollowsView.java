package dev.quire.web.view;

import dev.quire.foryou.Follow;
import java.util.List;

/**
 * The page of what a reader follows.
 *
 * @param follows what they follow, oldest first
 * @param feedSecret a just-made private feed secret to show once, or null
 * @param hasFeed whether the reader has private feed URLs
 * @param base the site's public base URL, for the feed URLs
 */
public record FollowsView(List<Follow> follows, String feedSecret, boolean hasFeed, String base) {
  public FollowsView {
    follows = List.copyOf(follows);
  }

  /** The follows of one kind ("author", "organization", ...). */
  public List<Follow> ofKind(String kind) {
    return follows.stream().filter(f -> f.kind().code().equals(kind)).toList();
  }

  /** Where a follow's page is, or null when it has none. */
  public static String href(Follow f) {
    return switch (f.kind()) {
      case AUTHOR -> "/authors/" + Urls.encode(f.key());
      case ORGANIZATION -> Urls.organization(f.key());
      case SEARCH -> "/search?q=" + Urls.encode(f.key());
      case COLLECTION -> "/collections/" + Urls.encode(f.key());
      case CATEGORY -> "/search?q=" + Urls.encode("cat:" + f.key());
    };
  }
}
