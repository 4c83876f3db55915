package dev.quire.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily harvest inside {@code quire serve}: at the configured UTC time, harvests each
 * configured set incrementally, one after the other, on one background thread. The same work runs
 * alone as {@code quire harvest}; a run that finds another harvest in progress is skipped until the
 * next day.
 */
public final class HarvestJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HarvestJob.class);

  private final Harvesting harvesting;
  private final LocalTime at;
  private final Clock clock;
  private ScheduledExecutorService executor;

  HarvestJob(Harvesting harvesting, LocalTime at, Clock clock) {
    this.harvesting = harvesting;
    this.at = at;
    this.clock = clock;
  }

  /** Schedules the first run; later runs are scheduled as each ends. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "quire-harvest");
              t.setDaemon(true);
              return t;
            });
    scheduleNext();
  }

  /** When the next run starts, as seen now. */
  public Instant nextRun() {
    return nextRunAfter(clock.instant());
  }

  /** The first time of day {@code at} (UTC) strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(at);
    ZonedDateTime next = today.toInstant().isAfter(now) ? today : today.plusDays(1);
    return next.toInstant();
  }

  /** Harvests every configured set once, now; errors are logged and kept in each set's state. */
  public void runOnce() {
    LOG.info("daily harvest of {} starting", String.join(", ", harvesting.settings().sets()));
    for (String line : harvesting.harvestConfiguredSets(HarvestListener.NONE)) {
      LOG.info("{}", line);
    }
  }

  private synchronized void scheduleNext() {
    if (executor == null || executor.isShutdown()) {
      return;
    }
    Instant next = nextRun();
    Duration wait = Duration.between(clock.instant(), next);
    LOG.info("next harvest of {} at {}", String.join(", ", harvesting.settings().sets()), next);
    executor.schedule(
        () -> {
          try {
            runOnce();
          } catch (RuntimeException e) {
            LOG.error("daily harvest failed", e);
          } finally {
            scheduleNext();
          }
        },
        Math.max(0, wait.toMillis()),
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
