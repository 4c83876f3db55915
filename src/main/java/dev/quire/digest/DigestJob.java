package dev.quire.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
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
  private final DigestSettings settings;
  private final Clock clock;
  private ScheduledExecutorService executor;

  DigestJob(Digests digests, DigestSettings settings, Clock clock) {
    this.digests = digests;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts the schedule: a catch-up now, then the daily runs and the retry passes. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "quire-digest");
              t.setDaemon(true);
              return t;
            });
    executor.execute(this::catchUp);
    executor.scheduleWithFixedDelay(
        this::retryPass, RETRY_TICK.toMillis(), RETRY_TICK.toMillis(), TimeUnit.MILLISECONDS);
    scheduleNext();
  }

  /** When the next daily run starts, as seen now. */
  public Instant nextRun() {
    return nextRunAfter(clock.instant());
  }

  /** The first time of day {@code digest.at} in {@code digest.zone} strictly after {@code now}. */
  Instant nextRunAfter(Instant now) {
    ZonedDateTime today =
        now.atZone(settings.zone()).toLocalDate().atTime(settings.at()).atZone(settings.zone());
    return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
  }

  /** True when today's run time (in the digest zone) has passed at {@code now}. */
  boolean todaysRunIsDue(Instant now) {
    return !nextRunAfter(now)
        .atZone(settings.zone())
        .toLocalDate()
        .equals(now.atZone(settings.zone()).toLocalDate());
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

  private synchronized void scheduleNext() {
    if (executor == null || executor.isShutdown()) {
      return;
    }
    Instant next = nextRun();
    LOG.info("next digest run at {}", next);
    executor.schedule(
        () -> {
          try {
            runOnce();
          } catch (RuntimeException e) {
            LOG.error("digest run failed", e);
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
