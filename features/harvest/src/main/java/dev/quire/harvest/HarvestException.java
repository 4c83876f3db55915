package dev.quire.harvest;

/**
 * A harvest, fetch or submission that cannot go on; the message says why in words a user can act
 * on.
 */
public class HarvestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with its explanation. */
  public HarvestException(String message) {
    super(message);
  }

  /** A failure with its explanation and cause. */
  public HarvestException(String message, Throwable cause) {
    super(message, cause);
  }
}
