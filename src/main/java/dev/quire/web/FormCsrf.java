package dev.quire.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The double-submit CSRF check of a form: a random token in an HttpOnly, SameSite=Strict cookie
 * scoped to the form's path and in a hidden field, compared in constant time.
 */
final class FormCsrf {
  private final String cookieName;
  private final String path;
  private final SecureRandom random = new SecureRandom();

  FormCsrf(String cookieName, String path) {
    this.cookieName = cookieName;
    this.path = path;
  }

  /** The token of this browser: the cookie's value, or a new one set as the cookie. */
  String token(Context ctx) {
    String current = ctx.cookie(cookieName);
    if (current != null && current.matches("[A-Za-z0-9_-]{43}")) {
      return current;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(
        new Cookie(
            cookieName,
            fresh,
            path,
            -1,
            "https".equals(ctx.scheme()),
            true,
            null,
            SameSite.STRICT));
    return fresh;
  }

  /** True when the form's {@code csrf} field matches the cookie. */
  boolean valid(Context ctx) {
    return AdminToken.sameSecret(ctx.cookie(cookieName), ctx.formParam("csrf"));
  }
}
