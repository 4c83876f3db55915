package dev.quire.vote;

import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Upvotes of signed-in users: one per user and paper, toggled. Each user's voted papers are kept in
 * memory for a few seconds (and dropped on this process's own writes), so that marking voted cards
 * on a signed-in page costs no query.
 */
public final class Votes {
  static final Duration MEMORY_TTL = Duration.ofSeconds(10);

  /**
   * The state after a vote.
   *
   * @param voted whether the user now votes for the paper
   * @param upvotes the paper's total upvotes (imported plus this site's)
   */
  public record State(boolean voted, int upvotes) {}

  private record Remembered(Set<String> ids, long atNanos) {}

  private final VoteRepository repo;
  private final PaperRepository papers;
  private final Clock clock;
  private final Map<String, Remembered> byUser = new ConcurrentHashMap<>();

  public Votes(VoteRepository repo, PaperRepository papers, Clock clock) {
    this.repo = repo;
    this.papers = papers;
    this.clock = clock;
  }

  /** Sets the user's vote on a paper; empty when there is no such paper. */
  public Optional<State> set(String userId, String paperId, boolean up) {
    if (papers.find(paperId).isEmpty()) {
      return Optional.empty();
    }
    repo.set(userId, paperId, up, clock.instant());
    byUser.remove(userId);
    Paper after = papers.find(paperId).orElseThrow();
    return Optional.of(new State(up, after.upvotes()));
  }

  /** Drops the remembered votes of every user (another node changed some). */
  public void forgetRemembered() {
    byUser.clear();
  }

  /** Flips the user's vote on a paper; empty when there is no such paper. */
  public Optional<State> toggle(String userId, String paperId) {
    return set(userId, paperId, !repo.has(userId, paperId));
  }

  /** The papers the user has voted for. */
  public Set<String> votedBy(String userId) {
    long now = System.nanoTime();
    Remembered r = byUser.get(userId);
    if (r != null && now - r.atNanos() < MEMORY_TTL.toNanos()) {
      return r.ids();
    }
    Set<String> ids = Set.copyOf(repo.votedBy(userId));
    if (byUser.size() > 10_000) {
      byUser.clear();
    }
    byUser.put(userId, new Remembered(ids, now));
    return ids;
  }
}
