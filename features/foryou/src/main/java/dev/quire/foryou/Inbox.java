package dev.quire.foryou;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One inbox: the papers of the last {@link #DAYS} days (up to the newest paper) that come from
 * anything the reader follows, newest first, each read or unread.
 */
public final class Inbox {
  /** Days the inbox looks back from the newest paper. */
  public static final int DAYS = 30;

  /** Most papers in the inbox. */
  public static final int LIMIT = 300;

  private static final Duration COUNT_TTL = Duration.ofSeconds(30);

  /**
   * One paper of the inbox.
   *
   * @param paperId arXiv id
   * @param day the day it appeared
   * @param reasons what followed thing it comes from
   * @param read whether the reader has read it
   */
  public record Item(String paperId, LocalDate day, List<Reason> reasons, boolean read) {}

  private final ForYou forYou;
  private final ForYouRepository repo;
  private final FollowRepository follows;
  private final Clock clock;
  private final Cache<String, Integer> counts =
      Caffeine.newBuilder().expireAfterWrite(COUNT_TTL).maximumSize(10_000).build();

  public Inbox(ForYou forYou, ForYouRepository repo, FollowRepository follows, Clock clock) {
    this.forYou = forYou;
    this.repo = repo;
    this.follows = follows;
    this.clock = clock;
  }

  /** The inbox of a reader, newest first. */
  public List<Item> items(String userId) {
    List<Follow> followed = follows.of(userId);
    if (followed.isEmpty()) {
      return List.of();
    }
    FollowMatcher matcher = new FollowMatcher(followed, follows.followedCollectionPapers(userId));
    LocalDate last = forYou.latestDay();
    List<Candidate> matched = new ArrayList<>();
    List<List<Reason>> reasons = new ArrayList<>();
    List<Candidate> window =
        new ArrayList<>(forYou.candidates(last.minusDays(DAYS - 1), last.plusDays(1)));
    window.sort(
        Comparator.comparing(Candidate::day)
            .reversed()
            .thenComparing(Candidate::id, Comparator.reverseOrder()));
    for (Candidate c : window) {
      List<Reason> r = matcher.reasons(c);
      if (!r.isEmpty()) {
        matched.add(c);
        reasons.add(r);
        if (matched.size() >= LIMIT) {
          break;
        }
      }
    }
    Set<String> read = repo.read(userId, matched.stream().map(Candidate::id).toList());
    List<Item> out = new ArrayList<>(matched.size());
    for (int i = 0; i < matched.size(); i++) {
      Candidate c = matched.get(i);
      out.add(new Item(c.id(), c.day(), reasons.get(i), read.contains(c.id())));
    }
    counts.put(userId, unread(out));
    return out;
  }

  /** Unread papers in the reader's inbox; remembered for a few seconds, for the page header. */
  public int unreadCount(String userId) {
    Integer kept = counts.getIfPresent(userId);
    return kept != null ? kept : unread(items(userId));
  }

  /** Marks papers read. */
  public void markRead(String userId, List<String> paperIds) {
    repo.markRead(userId, paperIds, clock.instant());
    counts.invalidate(userId);
  }

  /** Marks a paper unread again. */
  public void markUnread(String userId, String paperId) {
    repo.markUnread(userId, paperId);
    counts.invalidate(userId);
  }

  /** Marks everything now in the inbox read. */
  public int markAllRead(String userId) {
    List<String> unread = items(userId).stream().filter(i -> !i.read()).map(Item::paperId).toList();
    markRead(userId, unread);
    return unread.size();
  }

  /** Forgets the remembered count (after the reader's follows change). */
  public void changed(String userId) {
    counts.invalidate(userId);
  }

  private static int unread(List<Item> items) {
    return (int) items.stream().filter(i -> !i.read()).count();
  }
}
