package dev.quire.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.account.AuthenticatedUser;
import dev.quire.harvest.DailySubmission;
import dev.quire.harvest.SubmissionRefused;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Submit a paper": the form at /submit and {@code POST /api/papers/index}, for signed-in users
 * (session with CSRF token, or an API token); the paper is featured today with its submitter.
 */
final class SubmissionController {
  /** How long a request waits for arXiv before leaving the fetch to the background. */
  static final java.time.Duration WAIT_FOR_ARXIV = java.time.Duration.ofSeconds(8);

  private final DailySubmission submission;
  private final Templates templates;
  private final ObjectMapper json = new ObjectMapper();

  SubmissionController(DailySubmission submission, Templates templates) {
    this.submission = submission;
    this.templates = templates;
  }

  /** GET /submit: the form, or an invitation to sign in. */
  void page(Context ctx) {
    String asked = ctx.queryParam("arxivId");
    String id = asked == null ? "" : dev.quire.paper.ArxivId.parse(asked).orElse("");
    render(ctx, 200, id, null, null, null);
  }

  /** POST /submit: the form's submission (AccessControl has checked the session and CSRF token). */
  void form(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String arxivId = ctx.formParam("arxivId") == null ? "" : ctx.formParam("arxivId").strip();
    try {
      DailySubmission.Outcome o = submission.submitWithin(arxivId, user.name(), WAIT_FOR_ARXIV);
      if (o.done() == null) {
        render(
            ctx,
            202,
            "",
            null,
            "Paper "
                + o.fetchingId()
                + ": fetching from arXiv, which is slow to answer; it will be on today's list as"
                + " soon as arXiv answers (see below).",
            null);
        return;
      }
      DailySubmission.Submitted s = o.done();
      String done =
          "Paper %s, “%s”, is featured on %s."
              .formatted(s.paper().id(), s.paper().title(), s.entry().featuredOn());
      render(ctx, 201, "", null, done, "/papers/" + s.paper().id());
    } catch (SubmissionRefused e) {
      render(ctx, status(e), arxivId, capitalised(e.getMessage()) + ".", null, null);
    }
  }

  /** POST /api/papers/index {"arxivId": "..."}: the same through the API, answered in JSON. */
  void api(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (Exception e) {
      body = null;
    }
    if (body == null || !body.isObject() || !body.path("arxivId").isTextual()) {
      throw new BadRequestResponse("the body must be JSON like {\"arxivId\": \"2504.08385\"}");
    }
    try {
      DailySubmission.Outcome o =
          submission.submitWithin(body.get("arxivId").asText(), user.name(), WAIT_FOR_ARXIV);
      if (o.done() == null) {
        ctx.status(202).json(Map.of("id", o.fetchingId(), "status", "fetching from arXiv"));
        return;
      }
      DailySubmission.Submitted s = o.done();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", s.paper().id());
      out.put("title", s.paper().title());
      out.put("publishedAt", s.paper().publishedAt());
      out.put("featuredOn", s.entry().featuredOn().toString());
      out.put("submittedBy", s.entry().submitter());
      out.put("fetchedFromArxiv", s.fetched());
      ctx.status(201).json(out);
    } catch (SubmissionRefused e) {
      throw new HttpResponseException(status(e), e.getMessage());
    }
  }

  private static int status(SubmissionRefused e) {
    return switch (e.reason()) {
      case BAD_INPUT -> 400;
      case UNKNOWN_PAPER -> 404;
      case ALREADY_FEATURED -> 409;
      case TOO_OLD -> 422;
      case ARXIV_UNAVAILABLE -> 502;
    };
  }

  private void render(
      Context ctx, int status, String arxivId, String error, String success, String paperUrl) {
    Map<String, Object> params = new HashMap<>();
    params.put("arxivId", arxivId);
    params.put("error", error);
    params.put("success", success);
    params.put("paperUrl", paperUrl);
    params.put("pending", submission.pending());
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "submit.jte", params);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
