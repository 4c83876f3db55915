package dev.quire.account;

/** The user may not do this to this thing (another user's comment or collection): a 403. */
public final class NotAllowedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAllowedException(String message) {
    super(message);
  }
}
