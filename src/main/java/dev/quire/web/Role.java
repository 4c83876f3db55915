package dev.quire.web;

import io.javalin.security.RouteRole;

/** Who may call a route; every route in {@link Routes} names one. */
enum Role implements RouteRole {
  /** Anyone, signed in or not. */
  ANYONE,
  /** Holders of the admin token (admin.token); the controller of the route checks it. */
  ADMIN
}
