package dev.quire.app;

import dev.quire.account.Accounts;
import dev.quire.paper.PaperChange;
import dev.quire.paper.PaperChanges;
import dev.quire.system.ChangeFeed;
import dev.quire.vote.Votes;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the in-memory caches of several nodes on one database coherent: changes committed here
 * (papers, votes, comments, submissions, admin edits through {@link PaperChanges}; sign-outs,
 * password resets and admin roles through {@link Accounts}) go on the {@link ChangeFeed}, and
 * changes from other nodes are announced here as if made here. Nothing on SQLite (one node).
 */
final class ClusterCaches {
  static final String PAPERS = "papers";
  static final String SESSIONS = "sessions";

  private ClusterCaches() {}

  static void connect(ChangeFeed feed, PaperChanges papers, Accounts accounts, Votes votes) {
    if (!feed.shared()) {
      return;
    }
    ThreadLocal<Boolean> relaying = ThreadLocal.withInitial(() -> false);
    papers.listen(
        change -> {
          if (!relaying.get()) {
            feed.publish(PAPERS, String.join(" ", change.paperIds()));
          }
        });
    feed.subscribe(
        PAPERS,
        payload -> {
          relaying.set(true);
          try {
            votes.forgetRemembered();
            papers.relay(new PaperChange(ids(payload)));
          } finally {
            relaying.set(false);
          }
        });
    accounts.onSessionsChanged(() -> feed.publish(SESSIONS, ""));
    feed.subscribe(SESSIONS, payload -> accounts.forgetRememberedSessions());
  }

  private static Set<String> ids(String payload) {
    return payload.isBlank()
        ? Set.of()
        : Arrays.stream(payload.split(" ")).collect(Collectors.toUnmodifiableSet());
  }
}
