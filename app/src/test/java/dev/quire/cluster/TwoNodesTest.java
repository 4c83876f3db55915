package dev.quire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TwoNodes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code quire serve} processes on one PostgreSQL database serve the same site. */
class TwoNodesTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void bothNodesAreHealthyReadyAndServeThePapersOfTheOneDatabase() throws Exception {
    try (TwoNodes nodes = TwoNodes.start(dir, Map.of())) {
      try (Quire q = nodes.openQuire(dir.resolve("seed-q"))) {
        Fixtures.feature(
            q.paperStore(),
            Fixtures.paper("2611.00001", "Shared by both nodes", 1),
            LocalDate.parse("2026-11-27"),
            null);
      }
      for (TwoNodes.Node node : nodes.both()) {
        assertThat(node.get("/healthz").statusCode()).as(node.toString()).isEqualTo(200);
        assertThat(node.get("/readyz").body()).as(node.toString()).contains("\"ready\"");
        assertThat(node.get("/papers/2611.00001").body())
            .as(node.toString())
            .contains("Shared by both nodes");
      }
    }
  }
}
