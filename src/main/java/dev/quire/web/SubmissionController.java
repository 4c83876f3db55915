package dev.quire.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.harvest.DailySubmission;
import dev.quire.harvest.SubmissionRefused;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Submit a paper": the form at /submit and {@code POST /api/papers/index}. Both need the admin
 * token (a Bearer header for the API, a password field in the form); the form is also protected
 * against cross-site posts by a double-submit cookie compared in constant time.
 */
final class SubmissionController {
  static final String CSRF_COOKIE = "quire_csrf";
  private static final String DISABLED =
      "submissions are disabled: the administrator has not set an admin token"
          + " (admin.token or QUIRE_ADMIN_TOKEN)";

  private final DailySubmission submission;
  private final AdminToken token;
  private final Templates templates;
  private final SiteInfo site;
  private final SecureRandom random = new SecureRandom();
  private final ObjectMapper json = new ObjectMapper();

  SubmissionController(
      DailySubmission submission, String adminToken, Templates templates, SiteInfo site) {
    this.submission = submission;
    this.token = new AdminToken(adminToken);
    this.templates = templates;
    this.site = site;
  }

  /** GET /submit: the form. */
  void page(Context ctx) {
    render(ctx, 200, csrf(ctx), "", "", null, null, null);
  }

  /** POST /submit: the form's submission. */
  void form(Context ctx) {
    String arxivId = value(ctx.formParam("arxivId"));
    String submitter = value(ctx.formParam("submitter"));
    String csrf = csrf(ctx);
    if (!AdminToken.sameSecret(ctx.cookie(CSRF_COOKIE), ctx.formParam("csrf"))) {
      render(
          ctx,
          403,
          csrf,
          arxivId,
          submitter,
          "The form expired or did not come from this site;" + " please submit it again.",
          null,
          null);
      return;
    }
    if (!token.enabled()) {
      render(ctx, 403, csrf, arxivId, submitter, "Submissions are disabled.", null, null);
      return;
    }
    if (!token.matches(ctx.formParam("token"))) {
      render(ctx, 401, csrf, arxivId, submitter, "Wrong admin token.", null, null);
      return;
    }
    try {
      DailySubmission.Submitted s = submission.submit(arxivId, submitter);
      render(
          ctx,
          201,
          csrf,
          "",
          submitter,
          null,
          "Paper "
              + s.paper().id()
              + ", “"
              + s.paper().title()
              + "”, is featured on "
              + s.entry().featuredOn()
              + ".",
          "/papers/" + s.paper().id());
    } catch (SubmissionRefused e) {
      render(
          ctx, status(e), csrf, arxivId, submitter, capitalised(e.getMessage()) + ".", null, null);
    }
  }

  /** POST /api/papers/index {"arxivId": "..."}: the same through the API, answered in JSON. */
  void api(Context ctx) {
    if (!token.enabled()) {
      throw new ForbiddenResponse(DISABLED);
    }
    String auth = ctx.header("Authorization");
    String presented =
        auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : null;
    if (!token.matches(presented)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse(
          presented == null
              ? "send the admin token as 'Authorization: Bearer <token>'"
              : "wrong admin token");
    }
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (Exception e) {
      body = null;
    }
    if (body == null || !body.isObject() || !body.path("arxivId").isTextual()) {
      throw new BadRequestResponse("the body must be JSON like {\"arxivId\": \"2504.08385\"}");
    }
    JsonNode by = body.path("submitter");
    try {
      DailySubmission.Submitted s =
          submission.submit(body.get("arxivId").asText(), by.isTextual() ? by.asText() : null);
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

  /** The CSRF token of this browser: the cookie's value, or a new random one set as the cookie. */
  private String csrf(Context ctx) {
    String current = ctx.cookie(CSRF_COOKIE);
    if (current != null && current.matches("[A-Za-z0-9_-]{43}")) {
      return current;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(
        new Cookie(
            CSRF_COOKIE,
            fresh,
            "/submit",
            -1,
            "https".equals(ctx.scheme()),
            true,
            null,
            SameSite.STRICT));
    return fresh;
  }

  private void render(
      Context ctx,
      int status,
      String csrf,
      String arxivId,
      String submitter,
      String error,
      String success,
      String paperUrl) {
    Map<String, Object> params = new HashMap<>();
    params.put("site", site.name());
    params.put("csrf", csrf);
    params.put("enabled", token.enabled());
    params.put("arxivId", arxivId);
    params.put("submitter", submitter);
    params.put("error", error);
    params.put("success", success);
    params.put("paperUrl", paperUrl);
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    templates.render(ctx, "submit.jte", params);
  }

  private static String value(String s) {
    return s == null ? "" : s.strip();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
