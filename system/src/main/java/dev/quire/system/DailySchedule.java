package dev.quire.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task every day at a time of day in a zone, on one daemon thread, for the jobs inside
 * {@code quire serve}; a failing run is logged and the next one is still scheduled.
 */
public final class DailySchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DailySchedule.class);

  private final String name;
  private final LocalTime at;
  private final ZoneId zone;
  private final Clock clock;
  private final Runnable task;
  private ScheduledExecutorService executor;

  /**
   * A schedule named {@code name} (the thread and log name) running {@code task} daily at {@code
   * at}.
   */
  public DailySchedule(String name, LocalTime at, ZoneId zone, Clock clock, Runnable task) {
    this.name = name;
    this.at = at;
    this.zone = zone;
    this.clock = clock;
    this.task = task;
  }

  /** Starts the thread and schedules the first run; later runs are scheduled as each ends. */
  public synchronized ScheduledExecutorService start() {
    if (executor == null) {
      executor =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "quire-" + name);
                t.setDaemon(true);
                return t;
              });
      scheduleNext();
    }
    return executor;
  }

  /** When the next run starts, as seen now. */
  public Instant nextRun() {
    return nextRunAfter(clock.instant());
  }

  /** The first time of day {@code at} in the zone strictly after {@code now}. */
  public Instant nextRunAfter(Instant now) {
    ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
    return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
  }

  /** True when today's run time (in the zone) has passed at {@code now}. */
  public boolean todaysRunIsDue(Instant now) {
    return !nextRunAfter(now).atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
  }

  private synchronized void scheduleNext() {
    if (executor == null || executor.isShutdown()) {
      return;
    }
    Instant next = nextRun();
    LOG.info("next {} run at {}", name, next);
    executor.schedule(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("{} run failed", name, e);
          } finally {
            scheduleNext();
          }
        },
        Math.max(0, Duration.between(clock.instant(), next).toMillis()),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
