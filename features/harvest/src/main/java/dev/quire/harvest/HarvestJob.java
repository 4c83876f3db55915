package dev.quire.harvest;

import dev.quire.system.ClusterJobs;
import dev.quire.system.DailyTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily harvest inside {@code quire serve}: at the configured UTC time, harvests each
 * configured set incrementally, one after the other, on one node of the cluster ({@link
 * ClusterJobs}; a node that dies mid-run has its run taken over). The same work runs alone as
 * {@code quire harvest}; a run that finds another harvest in progress is skipped until the next
 * day.
 */
public final class HarvestJob {
  private static final Logger LOG = LoggerFactory.getLogger(HarvestJob.class);

  private final Harvesting harvesting;
  private final DailyTime time;
  private final Clock clock;

  HarvestJob(Harvesting harvesting, LocalTime at, Clock clock) {
    this.harvesting = harvesting;
    this.time = new DailyTime(at, ZoneOffset.UTC);
    this.clock = clock;
  }

  /** Registers the daily run with the cluster's jobs (they run it once {@code jobs} start). */
  public void scheduleOn(ClusterJobs jobs) {
    jobs.daily("harvest", time, this::runOnce);
  }

  /** When the next run starts, as seen now. */
  public Instant nextRun() {
    return time.nextRunAfter(clock.instant());
  }

  /** The first time of day (UTC) of the daily harvest strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    return time.nextRunAfter(now);
  }

  /** Harvests every configured set once, now; errors are logged and kept in each set's state. */
  public void runOnce() {
    LOG.info("daily harvest of {} starting", String.join(", ", harvesting.settings().sets()));
    for (String line : harvesting.harvestConfiguredSets(HarvestListener.NONE)) {
      LOG.info("{}", line);
    }
  }
}
