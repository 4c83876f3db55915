package dev.quire.foryou;

import dev.quire.account.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The secret in a reader's private feed URLs (For you and inbox as Atom): shown once when made,
 * stored only as a digest, replaced on reset so old URLs stop working.
 */
public final class FeedSecrets {
  private final ForYouRepository repo;
  private final Clock clock;

  public FeedSecrets(ForYouRepository repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /** Makes a new secret for the reader (the old one stops working) and returns it. */
  public String reset(String userId) {
    String token = Secrets.token();
    repo.setFeedSecret(userId, Secrets.digest(token), clock.instant());
    return token;
  }

  /** The reader a secret belongs to. */
  public Optional<String> userOf(String secret) {
    if (secret == null || secret.length() < 20 || secret.length() > 100) {
      return Optional.empty();
    }
    return repo.userOfFeedSecret(Secrets.digest(secret));
  }

  /** When the reader's current secret was made, if they have one. */
  public Optional<Instant> createdAt(String userId) {
    return repo.feedSecretCreated(userId);
  }
}
