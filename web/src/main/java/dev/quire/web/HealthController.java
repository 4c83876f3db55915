package dev.quire.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /healthz} (the process is up and answering) and {@code /readyz} (the node can serve: 200,
 * else 503 with a short JSON reason) for load balancers and process supervisors.
 */
final class HealthController {
  private final Readiness readiness;

  HealthController(Readiness readiness) {
    this.readiness = readiness;
  }

  void health(Context ctx) {
    ctx.header("Cache-Control", "no-store").json(Map.of("status", "up"));
  }

  void ready(Context ctx) {
    String reason = readiness.notReadyReason();
    ctx.header("Cache-Control", "no-store");
    if (reason == null) {
      ctx.json(Map.of("status", "ready"));
    } else {
      ctx.status(503).json(Map.of("status", "not ready", "reason", reason));
    }
  }
}
