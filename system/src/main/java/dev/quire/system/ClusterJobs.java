package dev.quire.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.SqliteJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs of {@code quire serve} that must run once per cluster, not once per node: each due
 * occurrence is a row of {@code scheduled_tasks} that exactly one node picks (db-scheduler); the
 * node running it beats a heartbeat, and when a node dies mid-run another node takes the run over
 * after {@link #DEAD_AFTER}. On SQLite (one node) the same table and code run alone. Register the
 * jobs, then {@link #start()}; {@link #close()} stops picking and waits briefly for runs in
 * progress (a run cut off is taken over elsewhere, so every job must be safe to run again).
 */
public final class ClusterJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

  /** How often a running job's node tells the others it is alive. */
  static final Duration HEARTBEAT = Duration.ofSeconds(20);

  /** Missed heartbeats after which a run counts as dead and another node runs it again. */
  static final int MISSED_HEARTBEATS = 6;

  /** How long a run whose node has gone silent waits before another node takes it over. */
  public static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(MISSED_HEARTBEATS);

  /** How long {@link #close()} lets a run in progress finish before interrupting it. */
  static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final DataSource dataSource;
  private final boolean sqlite;
  private final String node;
  private final Duration poll;
  private final List<RecurringTask<Void>> recurring = new ArrayList<>();
  private Scheduler scheduler;

  private ClusterJobs(DataSource dataSource, boolean sqlite, String node, Duration poll) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
    this.node = node;
    this.poll = poll;
  }

  /**
   * Jobs on {@code database}, run by this process under the name {@code node} (unique among the
   * running nodes, at most 50 characters), looking for due runs every {@code poll}.
   */
  public static ClusterJobs on(Database database, String node, Duration poll) {
    if (poll.isNegative() || poll.isZero()) {
      throw new IllegalArgumentException("jobs.poll must be positive, was " + poll);
    }
    String name = node.length() > 50 ? node.substring(0, 50) : node;
    return new ClusterJobs(database.dataSource(), database.isSqlite(), name, poll);
  }

  /** This process's name in {@code scheduled_tasks.picked_by}. */
  public String node() {
    return node;
  }

  /**
   * Runs {@code task} every day at {@code time}, on one node of the cluster. A run missed while
   * every node was down runs when the first node starts again.
   */
  public synchronized void daily(String name, DailyTime time, Runnable task) {
    daily(name, time, false, task);
  }

  /**
   * As {@link #daily(String, DailyTime, Runnable)}; with {@code catchUp}, a cluster that first
   * schedules the job after today's time runs today's occurrence at once (once, on one node).
   */
  public synchronized void daily(String name, DailyTime time, boolean catchUp, Runnable task) {
    Schedule daily = Schedules.daily(time.zone(), time.at());
    recurring.add(
        Tasks.recurring(name, catchUp ? new CatchingUp(daily, time) : daily)
            .execute((instance, context) -> run(name, task)));
  }

  /** Runs {@code task} again {@code delay} after each run ends, on one node at a time. */
  public synchronized void every(String name, Duration delay, Runnable task) {
    recurring.add(
        Tasks.recurring(name, Schedules.fixedDelay(delay))
            .execute((instance, context) -> run(name, task)));
  }

  /** Starts picking due runs (and creates the first run of each daily or repeating job). */
  public synchronized void start() {
    if (scheduler != null || recurring.isEmpty()) {
      return;
    }
    JdbcCustomization dialect =
        sqlite ? new SqliteJdbcCustomization() : new PostgreSqlJdbcCustomization(false, true);
    scheduler =
        Scheduler.create(dataSource)
            .startTasks(recurring)
            .schedulerName(new SchedulerName.Fixed(node))
            .jdbcCustomization(dialect)
            .threads(2)
            .pollingInterval(poll)
            .heartbeatInterval(HEARTBEAT)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .shutdownMaxWait(STOP_WAIT)
            .enableImmediateExecution()
            .build();
    scheduler.start();
  }

  /** A daily schedule whose first occurrence is today's when its time has passed. */
  private record CatchingUp(Schedule daily, DailyTime time) implements Schedule {
    @Override
    public Instant getNextExecutionTime(ExecutionComplete done) {
      return daily.getNextExecutionTime(done);
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
      Instant next = time.nextRunAfter(now);
      return time.todaysRunIsDue(now) ? next.minus(java.time.Duration.ofDays(1)) : next;
    }

    @Override
    public boolean isDeterministic() {
      return daily.isDeterministic();
    }
  }

  private void run(String name, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("{} run failed", name, e);
    }
  }

  /** Stops picking runs; a run in progress gets {@link #STOP_WAIT} to finish. */
  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }
}
