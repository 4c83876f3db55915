package dev.quire.web;

/**
 * Whether this node should get traffic from a load balancer: {@code /readyz} answers 200 when
 * {@link #notReadyReason()} is null, else 503 with the reason.
 */
@FunctionalInterface
public interface Readiness {
  /** Always ready (a server on its own). */
  Readiness ALWAYS = () -> null;

  /** Why this node should get no traffic now ("draining", "database unreachable"), or null. */
  String notReadyReason();
}
