package dev.quire.app;

import dev.quire.search.PaperSearch;
import dev.quire.system.Database;
import dev.quire.web.Readiness;
import java.util.function.Supplier;

/**
 * Whether this node should get traffic: not draining (SIGTERM), the database answers, and the
 * search index has opened.
 */
final class NodeReadiness implements Readiness {
  private final Database database;
  private final Supplier<PaperSearch> search;
  private volatile boolean draining;

  NodeReadiness(Database database, Supplier<PaperSearch> search) {
    this.database = database;
    this.search = search;
  }

  /** From now on {@code /readyz} answers 503 "draining". */
  void drain() {
    draining = true;
  }

  boolean draining() {
    return draining;
  }

  @Override
  public String notReadyReason() {
    if (draining) {
      return "draining";
    }
    try {
      database.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    } catch (RuntimeException e) {
      return "database unreachable";
    }
    String state = search.get().status().state();
    return "starting".equals(state) ? "search index starting" : null;
  }
}
