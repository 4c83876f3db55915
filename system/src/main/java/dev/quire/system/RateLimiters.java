package dev.quire.system;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes the {@link RateLimiter}s of one process: counting in memory (a single node) or in the
 * database, so that a limit of N holds for all nodes on that database together.
 */
public final class RateLimiters {
  private final Jdbi shared;
  private final Clock clock;

  private RateLimiters(Jdbi shared, Clock clock) {
    this.shared = shared;
    this.clock = clock;
  }

  /** Limits counted in this process. */
  public static RateLimiters inMemory(Clock clock) {
    return new RateLimiters(null, clock);
  }

  /** Limits counted in the database's {@code rate_windows} table, shared by every node. */
  public static RateLimiters shared(Jdbi jdbi, Clock clock) {
    return new RateLimiters(jdbi, clock);
  }

  /** In the database when several nodes may share it (PostgreSQL), else in memory. */
  public static RateLimiters forDatabase(Database database, Clock clock) {
    return database.isSqlite() ? inMemory(clock) : shared(database.jdbi(), clock);
  }

  /**
   * A limiter of {@code limit} events per key and {@code window}; {@code name} tells its counts
   * from other limiters' in the database.
   */
  public RateLimiter limiter(String name, int limit, Duration window) {
    RateLimiter.checked(limit);
    return shared == null
        ? new RateLimiter(limit, window, clock)
        : new RateLimiter(new DatabaseCounts(shared, name, limit, window, clock));
  }

  public Clock clock() {
    return clock;
  }
}
