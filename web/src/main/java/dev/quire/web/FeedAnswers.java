package dev.quire.web;

import dev.quire.feed.AtomFeedWriter;
import dev.quire.feed.FeedInfo;
import dev.quire.feed.JsonFeedWriter;
import dev.quire.paper.FeaturedPaper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every feed in two formats at one path: {@code ….atom} is Atom 1.0, the same path with {@code
 * .json} is JSON Feed 1.1. {@link FeedValidation} adds ETag and Last-Modified and answers
 * conditional requests.
 */
final class FeedAnswers {
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String JSON = "application/feed+json; charset=utf-8";
  private static final AtomFeedWriter ATOM_WRITER = new AtomFeedWriter();
  private static final JsonFeedWriter JSON_WRITER = new JsonFeedWriter();

  private FeedAnswers() {}

  /** Whether this request asks for the JSON Feed (its path ends with .json). */
  static boolean json(Context ctx) {
    return ctx.path().endsWith(".json");
  }

  /** The feed in the format the request's path names. */
  static AnswerCache.Answer answer(Context ctx, FeedInfo info, List<FeaturedPaper> items) {
    if (json(ctx)) {
      return new AnswerCache.Answer(
          JSON, JSON_WRITER.write(info, jsonUrl(info.selfUrl()), items), null);
    }
    return new AnswerCache.Answer(ATOM, ATOM_WRITER.write(info, items), null);
  }

  /** Request attribute: the ETag of the body just sent, when already known. */
  static final String ETAG_ATTRIBUTE = "quire.feed.etag";

  private record Memo(byte[] body, String etag) {}

  /** The ETag of the last cached body per feed URL, so a cache hit is not hashed again. */
  private static final Map<String, Memo> ETAGS = new ConcurrentHashMap<>();

  private static final int MAX_MEMOS = 10_000;

  /**
   * Sends a feed answer held by the {@link AnswerCache}: while the cache returns the same body, its
   * ETag is remembered rather than recomputed, so a feed reader's 304 costs a map lookup.
   */
  static void sendCached(Context ctx, AnswerCache.Answer answer) {
    String key = ctx.path() + '?' + ctx.queryString();
    Memo memo = ETAGS.get(key);
    if (memo == null || memo.body() != answer.body()) {
      if (ETAGS.size() >= MAX_MEMOS) {
        ETAGS.clear();
      }
      memo = new Memo(answer.body(), FeedValidation.etag(answer.body()));
      ETAGS.put(key, memo);
    }
    ctx.attribute(ETAG_ATTRIBUTE, memo.etag());
    answer.sendTo(ctx);
  }

  /** Sends the feed in the format the request's path names. */
  static void send(Context ctx, FeedInfo info, List<FeaturedPaper> items) {
    answer(ctx, info, items).sendTo(ctx);
  }

  /** The JSON twin of an Atom URL: its path's .atom becomes .json, the query stays. */
  static String jsonUrl(String atomUrl) {
    int q = atomUrl.indexOf('?');
    String path = q < 0 ? atomUrl : atomUrl.substring(0, q);
    String query = q < 0 ? "" : atomUrl.substring(q);
    if (path.endsWith(".atom")) {
      path = path.substring(0, path.length() - ".atom".length()) + ".json";
    }
    return path + query;
  }
}
