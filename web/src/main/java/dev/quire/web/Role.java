package dev.quire.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route; every route in {@link Routes} names one, and {@link AccessControl} enforces
 * it.
 */
enum Role implements RouteRole {
  /** Anyone, signed in or not. */
  ANYONE,
  /** A signed-in user: by session cookie (with a CSRF token on writes) or by API token. */
  USER,
  /** A user with the admin role ({@code quire admin grant EMAIL}). */
  ADMIN,
  /**
   * Anyone holding a signed link (a token in the URL, checked by the handler): no session and no
   * CSRF token are needed, so mail clients can post RFC 8058 one-click unsubscribes.
   */
  SIGNED_LINK
}
