package dev.quire.digest;

import dev.quire.system.ClusterJobs;
import dev.quire.system.DailyTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digests inside {@code quire serve}: every day at {@code digest.at} in {@code digest.zone},
 * the run that {@code quire digest send} does by hand; every minute, a pass over the outbox for
 * retries. At start it catches up on today's run if its time has passed. Each run happens on one
 * node of the cluster ({@link ClusterJobs}); runs are idempotent, so a repeated one (a catch-up, a
 * run taken over from a dead node) sends nothing twice.
 */
public final class DigestJob {
  private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
  static final Duration RETRY_TICK = Duration.ofMinutes(1);

  private final Digests digests;
  private final DailyTime time;
  private final Clock clock;

  DigestJob(Digests digests, DigestSettings settings, Clock clock) {
    this.digests = digests;
    this.time = new DailyTime(settings.at(), settings.zone());
    this.clock = clock;
  }

  /**
   * Registers with the cluster's jobs: the daily runs (today's at once when a cluster first
   * schedules them after today's time) and the retry passes.
   */
  public void scheduleOn(ClusterJobs jobs) {
    jobs.daily("digest", time, true, this::runOnce);
    jobs.every("digest-outbox", RETRY_TICK, this::retryPass);
  }

  /** When the next daily run starts, as seen now. */
  public Instant nextRun() {
    return time.nextRunAfter(clock.instant());
  }

  /** The first time of day {@code digest.at} in {@code digest.zone} strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    return time.nextRunAfter(now);
  }

  /** True when today's run time (in the digest zone) has passed at {@code now}. */
  boolean todaysRunIsDue(Instant now) {
    return time.todaysRunIsDue(now);
  }

  /** Runs the digests due now: those of {@link Digests#digestDate()}. */
  public void runOnce() {
    LocalDate date = digests.digestDate();
    LOG.info("digest run for {} starting", date);
    for (String line : digests.run(date)) {
      LOG.info("{}", line);
    }
  }

  private void retryPass() {
    try {
      SendReport r = digests.sendDue();
      if (r.sent() + r.retrying() + r.failed() + r.skipped() > 0) {
        LOG.info("digest outbox: {}", r.describe());
      }
    } catch (RuntimeException e) {
      LOG.error("digest outbox pass failed", e);
    }
  }
}
