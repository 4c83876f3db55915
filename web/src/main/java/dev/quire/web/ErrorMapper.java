package dev.quire.web;

import dev.quire.account.AccountException;
import dev.quire.account.NotAllowedException;
import dev.quire.account.ThrottledException;
import dev.quire.collection.Collections;
import dev.quire.comment.Comments;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: JSON {@code {"error": "..."}} under /api, an HTML
 * page elsewhere. Unexpected exceptions are logged and answered with a 500 that reveals nothing
 * internal.
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final String HANDLED = "quire.error.handled";
  private final Templates templates;

  ErrorMapper(Templates templates) {
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), readable(ctx, e.getStatus(), e.getMessage())));
    routes.exception(
        ThrottledException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
          respond(ctx, 429, e.getMessage());
        });
    routes.exception(AccountException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(
        dev.quire.search.SearchUnavailable.class,
        (e, ctx) -> {
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          ctx.header("Retry-After", "30");
          respond(
              ctx,
              503,
              "Search is unavailable right now: the search engine does not answer. Every other"
                  + " page works; please try the search again in a minute.");
        });
    routes.exception(NotAllowedException.class, (e, ctx) -> respond(ctx, 403, e.getMessage()));
    routes.exception(
        Comments.NoSuchCommentException.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
    routes.exception(
        Collections.NoSuchCollectionException.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (clientGone(e)) { // an aborted or cut-off upload: one line, no stack trace
            LOG.info("{} {}: the client's request body was cut off", ctx.method(), ctx.path());
            respond(ctx, 400, "the request body was cut off");
            return;
          }
          LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "internal error; the server log has the details");
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(HANDLED) == null) {
            respond(ctx, 404, "There is no page at " + ctx.path() + ".");
          }
        });
  }

  /** Marks a page its controller rendered with an error status as complete (no generic page). */
  static void handled(Context ctx) {
    ctx.attribute(HANDLED, Boolean.TRUE);
  }

  /** Javalin's own "Endpoint GET /x not found" becomes words for readers. */
  private static String readable(Context ctx, int status, String message) {
    if (status == 404 && message != null && message.startsWith("Endpoint ")) {
      return "There is no page at " + ctx.path() + ".";
    }
    return message;
  }

  private void respond(Context ctx, int status, String message) {
    String text =
        message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message;
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    if (wantsJson(ctx)) {
      ctx.json(Map.of("error", text));
    } else {
      templates.render(
          ctx, "error.jte", Map.of("status", status, "message", text, "viewer", Auth.viewer(ctx)));
    }
  }

  /** Whether {@code e} is a client that went away or stalled mid-body, not a server fault. */
  static boolean clientGone(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.io.EofException
          || t instanceof java.util.concurrent.TimeoutException
          || t.getClass().getName().endsWith("HttpEofException")) {
        return true;
      }
    }
    return false;
  }

  static boolean wantsJson(Context ctx) {
    return ctx.path().startsWith("/api/")
        || ctx.path().endsWith(".json")
        || ctx.path().equals("/mcp");
  }
}
