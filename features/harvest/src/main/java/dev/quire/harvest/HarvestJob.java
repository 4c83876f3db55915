package dev.quire.harvest;

import dev.quire.system.DailySchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
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
  private final DailySchedule schedule;

  HarvestJob(Harvesting harvesting, LocalTime at, Clock clock) {
    this.harvesting = harvesting;
    this.schedule = new DailySchedule("harvest", at, ZoneOffset.UTC, clock, this::runOnce);
  }

  /** Schedules the first run; later runs are scheduled as each ends. */
  public void start() {
    schedule.start();
  }

  /** When the next run starts, as seen now. */
  public Instant nextRun() {
    return schedule.nextRun();
  }

  /** The first time of day (UTC) of the daily harvest strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    return schedule.nextRunAfter(now);
  }

  /** Harvests every configured set once, now; errors are logged and kept in each set's state. */
  public void runOnce() {
    LOG.info("daily harvest of {} starting", String.join(", ", harvesting.settings().sets()));
    for (String line : harvesting.harvestConfiguredSets(HarvestListener.NONE)) {
      LOG.info("{}", line);
    }
  }

  @Override
  public void close() {
    schedule.close();
  }
}
