package dev.quire.web;

import dev.quire.account.Accounts;
import dev.quire.account.ApiTokens;
import dev.quire.account.AuthenticatedUser;
import dev.quire.account.NewSession;
import dev.quire.account.Secrets;
import dev.quire.account.TokenScope;
import dev.quire.web.view.Urls;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: resolves the user (an {@code Authorization: Bearer} API token,
 * else the session cookie), enforces the route's {@link Role}, and refuses writes whose CSRF token
 * is missing or wrong. Requests authenticated by a Bearer token carry no ambient credentials and
 * need no CSRF token.
 */
final class AccessControl {
  static final String SESSION_COOKIE = "quire_session";
  static final String CSRF_COOKIE = "quire_csrf";
  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String DEVICE_COOKIE = "quire_device";
  private static final java.util.regex.Pattern VOTE_PATH =
      java.util.regex.Pattern.compile("/papers/(.+)/vote");

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final SiteInfo site;
  private final RateLimits limits;

  AccessControl(Accounts accounts, ApiTokens tokens, SiteInfo site, RateLimits limits) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.site = site;
    this.limits = limits;
  }

  void register(RoutesConfig routes) {
    routes.beforeMatched(this::check);
  }

  void check(Context ctx) {
    AuthenticatedUser user = resolve(ctx).orElse(null);
    if (user != null) {
      ctx.attribute(Auth.ATTRIBUTE, user);
    }
    Set<RouteRole> roles = ctx.routeRoles();
    if (user != null && user.viaToken()) {
      checkToken(ctx, user, roles);
    }
    if (roles.contains(Role.USER) || roles.contains(Role.ADMIN)) {
      if (user == null) {
        denyAnonymous(ctx);
        return;
      }
      if (roles.contains(Role.ADMIN) && !user.admin()) {
        throw new ForbiddenResponse("only admins may do this");
      }
    }
    if (isWrite(ctx) && (user == null || !user.viaToken()) && !roles.contains(Role.SIGNED_LINK)) {
      String expected = user != null ? user.csrfToken() : ctx.cookie(CSRF_COOKIE);
      if (!Secrets.same(sentCsrf(ctx), expected)) {
        throw new ForbiddenResponse(
            "the form's CSRF token is missing or stale; reload the page and submit again");
      }
    }
  }

  /**
   * What an API token may reach: only the JSON API, writes only with the write scope, admin routes
   * only with the admin scope; and each user's tokens share one rate limit.
   */
  private void checkToken(Context ctx, AuthenticatedUser user, Set<RouteRole> roles) {
    // MCP (/mcp) is JSON-RPC over POST: a read-scoped token may call it, and its writing tools
    // check the write scope themselves
    boolean mcp = ctx.path().equals("/mcp");
    if (!ctx.path().startsWith("/api/") && !mcp) {
      ctx.header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
      throw new UnauthorizedResponse(
          "API tokens work only under /api/; sign in with a browser for pages and settings");
    }
    TokenScope needed =
        roles.contains(Role.ADMIN)
            ? TokenScope.ADMIN
            : isWrite(ctx) && !mcp ? TokenScope.WRITE : TokenScope.READ;
    if (!user.scope().allows(needed)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
      throw new ForbiddenResponse(
          "this API token has the "
              + user.scope().label()
              + " scope; this request needs "
              + needed.label());
    }
    limits.checkUser(ctx, user.id());
  }

  private Optional<AuthenticatedUser> resolve(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("Vary", "Authorization, Cookie");
      Optional<AuthenticatedUser> u = tokens.resolve(authorization.substring(7).strip());
      if (u.isEmpty()) {
        ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        throw new UnauthorizedResponse("the API token is unknown or revoked");
      }
      return u;
    }
    return accounts.session(ctx.cookie(SESSION_COOKIE));
  }

  private static void denyAnonymous(Context ctx) {
    if (ErrorMapper.wantsJson(ctx) || "application/json".equals(ctx.header("Accept"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("sign in or send an API token as Authorization: Bearer");
    }
    String back = ctx.method() == HandlerType.GET ? ctx.path() : sameSiteReferer(ctx);
    java.util.regex.Matcher vote = VOTE_PATH.matcher(ctx.path());
    String also =
        ctx.method() == HandlerType.POST && vote.matches()
            ? "&vote=" + Urls.encode(vote.group(1))
            : "";
    ctx.redirect("/signin?next=" + Urls.encode(back) + also, HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  private static String sameSiteReferer(Context ctx) {
    String referer = ctx.header("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private static boolean isWrite(Context ctx) {
    HandlerType m = ctx.method();
    return m == HandlerType.POST
        || m == HandlerType.PUT
        || m == HandlerType.PATCH
        || m == HandlerType.DELETE;
  }

  private static String sentCsrf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = ctx.contentType();
    if (type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"))) {
      return ctx.formParam(CSRF_FIELD);
    }
    return null;
  }

  /**
   * Gives an anonymous reader a CSRF cookie (double-submit) so that the page's forms can carry the
   * same value, and makes it the token of this request's forms.
   */
  void ensureAnonymousCsrf(Context ctx) {
    if (Auth.current(ctx).isPresent()) {
      return;
    }
    String token = ctx.cookie(CSRF_COOKIE);
    if (token == null || token.length() < 20 || token.length() > 100) {
      token = Secrets.token();
      ctx.cookie(cookie(ctx, CSRF_COOKIE, token, -1));
    }
    ctx.attribute(Auth.CSRF_ATTRIBUTE, token);
  }

  /**
   * Sets the session cookie of a fresh sign-in and the device cookie of its account, and drops the
   * anonymous CSRF cookie.
   */
  void startSession(Context ctx, NewSession session, int maxAgeSeconds) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, session.token(), maxAgeSeconds));
    ctx.cookie(cookie(ctx, DEVICE_COOKIE, session.deviceToken(), 365 * 24 * 3600));
    ctx.cookie(cookie(ctx, CSRF_COOKIE, "", 0));
  }

  /** Ends the session cookie. */
  void endSession(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
  }

  private Cookie cookie(Context ctx, String name, String value, int maxAge) {
    boolean secure =
        "https".equals(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
            || site.baseUrl().startsWith("https://");
    return new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX);
  }
}
