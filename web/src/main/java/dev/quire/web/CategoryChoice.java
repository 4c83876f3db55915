package dev.quire.web;

import dev.quire.paper.CategoryFilter;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The category a reader narrows daily lists to: {@code ?cat=quant-ph} chooses it and remembers it
 * in a cookie for a year, {@code ?cat=all} goes back to all papers, and without the parameter the
 * remembered choice holds.
 */
final class CategoryChoice {
  static final String COOKIE = "quire_category";
  static final String PARAM = "cat";
  static final String ALL = "all";
  private static final int YEAR_SECONDS = 365 * 24 * 3600;

  private CategoryChoice() {}

  /** The filter named by {@code ?cat=} alone (APIs and feeds keep no cookie), or null for all. */
  static CategoryFilter ofQuery(Context ctx) {
    String raw = Params.blankToNull(ctx.queryParam(PARAM));
    if (raw == null || raw.strip().equalsIgnoreCase(ALL)) {
      return null;
    }
    try {
      return new CategoryFilter(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /** The chosen filter, or null for all papers; updates the cookie when the reader chose anew. */
  static CategoryFilter of(Context ctx) {
    String raw = Params.blankToNull(ctx.queryParam(PARAM));
    if (raw != null) {
      String code = raw.strip();
      if (code.equalsIgnoreCase(ALL)) {
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, false, true, null, SameSite.LAX));
        return null;
      }
      CategoryFilter filter;
      try {
        filter = new CategoryFilter(code);
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse(e.getMessage());
      }
      ctx.cookie(
          new Cookie(
              COOKIE,
              code,
              "/",
              YEAR_SECONDS,
              ctx.scheme().equals("https"),
              true,
              null,
              SameSite.LAX));
      return filter;
    }
    String remembered = ctx.cookie(COOKIE);
    if (remembered == null) {
      return null;
    }
    try {
      return new CategoryFilter(remembered);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
