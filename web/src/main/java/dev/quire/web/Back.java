package dev.quire.web;

import io.javalin.http.Context;

/** The page a form returns to: its {@code back} field when it is a path on this site. */
final class Back {
  private Back() {}

  static String of(Context ctx, String fallback) {
    String back = ctx.formParam("back");
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.length() > 2000
        || back.chars().anyMatch(c -> c < 0x20)) {
      return fallback;
    }
    return back;
  }
}
