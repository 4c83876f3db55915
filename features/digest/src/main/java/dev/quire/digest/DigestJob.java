package dev.quire.digest;

import dev.quire.system.DailySchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digests inside {@code quire serve}: every day at {@code digest.at} in {@code digest.zone},
 * the run that {@code quire digest send} does by hand; every minute, a pass over the outbox for
 * retries. At start it resumes an interrupted run and catches up on today's run if its time has
 * passed. All on one background thread; runs are idempotent, so a repeated one sends nothing twice.
 */
public final class DigestJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
  static final Duration RETRY_TICK = Duration.ofMinutes(1);

  private final Digests digests;
  private final DailySchedule schedule;
  private final Clock clock;

  DigestJob(Digests digests, DigestSettings settings, Clock clock) {
    this.digests = digests;
    this.schedule =
        new DailySchedule("digest", settings.at(), settings.zone(), clock, this::runOnce);
    this.clock = clock;
  }

  /** Starts the schedule: a catch-up now, then the daily runs and the retry passes. */
  public void start() {
    ScheduledExecutorService executor = schedule.start();
    executor.execute(this::catchUp);
    executor.scheduleWithFixedDelay(
        this::retryPass, RETRY_TICK.toMillis(), RETRY_TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** When the next daily run starts, as seen now. */
  public Instant nextRun() {
    return schedule.nextRun();
  }

  /** The first time of day {@code digest.at} in {@code digest.zone} strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    return schedule.nextRunAfter(now);
  }

  /** True when today's run time (in the digest zone) has passed at {@code now}. */
  boolean todaysRunIsDue(Instant now) {
    return schedule.todaysRunIsDue(now);
  }

  /** Runs the digests due now: those of {@link Digests#digestDate()}. */
  public void runOnce() {
    LocalDate date = digests.digestDate();
    LOG.info("digest run for {} starting", date);
    for (String line : digests.run(date)) {
      LOG.info("{}", line);
    }
  }

  private void catchUp() {
    try {
      if (todaysRunIsDue(clock.instant())) {
        runOnce();
      } else {
        retryPass();
      }
    } catch (RuntimeException e) {
      LOG.error("digest catch-up failed", e);
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

  @Override
  public void close() {
    schedule.close();
  }
}
