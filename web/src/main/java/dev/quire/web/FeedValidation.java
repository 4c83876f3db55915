package dev.quire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditional GET for every feed, so feed readers polling every few minutes cost almost nothing: a
 * strong {@code ETag} (a digest of the body) and a {@code Last-Modified} on each 200 answer, and a
 * 304 with no body when {@code If-None-Match} names the ETag, or, without that header, when {@code
 * If-Modified-Since} is not before {@code Last-Modified} (RFC 9110 §13.2.2). Last-Modified is when
 * this process first served the feed's current body (a restart moves it later, which only costs a
 * full answer).
 */
final class FeedValidation {
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** Feeds remembered for Last-Modified; past this the memory starts over. */
  static final int MAX_REMEMBERED = 10_000;

  private record Seen(String etag, String lastModified) {}

  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final Clock clock;

  FeedValidation(Clock clock) {
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.after("/feed/*", this::apply);
    routes.after("/collections/*", this::apply);
    routes.after("/feeds/*", this::apply);
  }

  /** Whether the path is one of the feeds. */
  static boolean isFeed(String path) {
    return path.startsWith("/feed/")
        || path.startsWith("/feeds/")
        || (path.startsWith("/collections/")
            && (path.endsWith("/feed.atom") || path.endsWith("/feed.json")));
  }

  void apply(Context ctx) {
    if (ctx.method() != HandlerType.GET || ctx.statusCode() != 200 || !isFeed(ctx.path())) {
      return;
    }
    String known = ctx.attribute(FeedAnswers.ETAG_ATTRIBUTE);
    byte[] body = null;
    String etag;
    if (known != null) {
      etag = known;
    } else {
      InputStream result = ctx.resultInputStream();
      if (result == null) {
        return;
      }
      try {
        body = result.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      etag = etag(body);
    }
    String key = ctx.path() + '?' + ctx.queryString();
    Seen s = seen.get(key);
    if (s == null || !s.etag().equals(etag)) {
      if (seen.size() >= MAX_REMEMBERED) {
        seen.clear();
      }
      s = new Seen(etag, httpDate(clock.instant()));
      seen.put(key, s);
    }
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", s.lastModified());
    if (ctx.res().getHeader("Cache-Control") == null) {
      ctx.header("Cache-Control", "no-cache");
    }
    if (notModified(ctx, etag, s.lastModified())) {
      ctx.status(304);
      ctx.result(new byte[0]);
    } else if (body != null) {
      ctx.result(body); // the stream was read for hashing: put the bytes back
    }
  }

  private static boolean notModified(Context ctx, String etag, String lastModified) {
    String inm = ctx.header("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ims = ctx.header("If-Modified-Since");
    if (ims == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(ims.strip(), HTTP_DATE).toInstant();
      Instant modified = ZonedDateTime.parse(lastModified, HTTP_DATE).toInstant();
      return !modified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored (RFC 9110 §13.1.3)
    }
  }

  /** A strong validator: the first 128 bits of the body's SHA-256, quoted. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** An HTTP date, e.g. Fri, 21 Aug 2026 00:00:00 GMT (seconds precision). */
  static String httpDate(Instant at) {
    return HTTP_DATE.format(at.atZone(ZoneOffset.UTC).withNano(0));
  }
}
