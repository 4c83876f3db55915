package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.web.view.Viewer;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;

/**
 * The user a request acts for, as {@link AccessControl} resolved it (session cookie or Bearer
 * token). Handlers of {@link Role#USER} routes call {@link #required}.
 */
final class Auth {
  static final String ATTRIBUTE = "quire.user";
  static final String CSRF_ATTRIBUTE = "quire.csrf";

  private Auth() {}

  /** The signed-in user, if any. */
  static Optional<AuthenticatedUser> current(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  /** The signed-in user; a 401 when there is none. */
  static AuthenticatedUser required(Context ctx) {
    return current(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
  }

  /** The reader as templates see it, with the CSRF token of this request's forms. */
  static Viewer viewer(Context ctx) {
    return current(ctx)
        .map(u -> new Viewer(u.name(), u.csrfToken(), u.admin()))
        .orElseGet(
            () -> {
              String csrf = ctx.attribute(CSRF_ATTRIBUTE);
              return csrf == null ? Viewer.ANONYMOUS : new Viewer(null, csrf, false);
            });
  }
}
