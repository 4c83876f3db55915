package dev.quire.account;

/** Too many attempts: the caller must wait {@link #retryAfterSeconds()} before trying again. */
public final class ThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public ThrottledException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
