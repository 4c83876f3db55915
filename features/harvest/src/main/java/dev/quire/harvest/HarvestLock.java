package dev.quire.harvest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Keeps harvesters from talking to arXiv at the same time, across processes sharing the database:
 * the {@code serve} job and a {@code quire harvest} command. A lock left by a process that died on
 * this host is taken over at once; one from another host is taken over when it has not been
 * refreshed for two hours.
 */
final class HarvestLock {
  static final String NAME = "oai-pmh";
  private static final Duration STALE = Duration.ofHours(2);

  private final HarvestStateRepository repo;
  private final Clock clock;
  private final String host = hostName();

  HarvestLock(HarvestStateRepository repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /** A held lock; closing releases it. */
  final class Held implements AutoCloseable {
    private final String owner;

    private Held(String owner) {
      this.owner = owner;
    }

    void refresh() {
      repo.touchLock(NAME, owner, clock.instant());
    }

    @Override
    public void close() {
      repo.unlock(NAME, owner);
    }
  }

  /** Takes the lock, or throws naming who holds it. */
  Held acquire() {
    String owner = host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID();
    String dead = repo.lockHolder(NAME).filter(this::isDeadLocalProcess).orElse(null);
    String holder = repo.lock(NAME, owner, dead, clock.instant(), clock.instant().minus(STALE));
    if (!holder.equals(owner)) {
      throw new HarvestException(
          "another harvest is running (process "
              + holder.replaceAll(":[^:]*$", "")
              + "); harvests run one at a time to stay within arXiv's rate limit, try again when it ends");
    }
    return new Held(owner);
  }

  private boolean isDeadLocalProcess(String owner) {
    String[] parts = owner.split(":");
    if (parts.length < 3 || !parts[0].equals(host)) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName().replace(':', '_');
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
