package dev.quire.search.embed;

import java.time.Duration;
import java.util.Map;

/**
 * How a node takes part in embedding shared by the nodes of one database.
 *
 * @param enabled whether {@code quire serve} embeds papers on this node ({@code embed.enabled});
 *     false: it only asks for vectors, which {@code quire embed --worker} nodes (or other serve
 *     nodes) compute
 * @param lease how long a claim on a batch holds ({@code embed.lease}); after it another node may
 *     take the batch over (a dead node's)
 * @param batch papers per claim ({@code embed.batch})
 */
public record EmbedSettings(boolean enabled, Duration lease, int batch) {
  public EmbedSettings {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("embed.lease must be positive, was " + lease);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("embed.batch must be at least 1, was " + batch);
    }
  }

  /** Every default: this node embeds, 5-minute leases, 32 papers per claim. */
  public static EmbedSettings defaults() {
    return new EmbedSettings(true, Duration.ofMinutes(5), 32);
  }

  /**
   * The settings in {@code values} (checked config keys to strings), defaults for what is missing.
   */
  public static EmbedSettings from(Map<String, String> values) {
    return new EmbedSettings(
        Boolean.parseBoolean(values.getOrDefault("embed.enabled", "true")),
        Duration.ofMillis(
            Math.round(Double.parseDouble(values.getOrDefault("embed.lease", "300")) * 1000)),
        Integer.parseInt(values.getOrDefault("embed.batch", "32")));
  }
}
