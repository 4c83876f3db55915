package dev.quire.system;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A time of day in a zone at which a daily job runs, and when that is as seen from a moment. */
public record DailyTime(LocalTime at, ZoneId zone) {

  /** The first time of day {@code at} in the zone strictly after {@code now}. */
  public Instant nextRunAfter(Instant now) {
    ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
    return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
  }

  /** True when today's run time (in the zone) has passed at {@code now}. */
  public boolean todaysRunIsDue(Instant now) {
    return !nextRunAfter(now).atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
  }
}
