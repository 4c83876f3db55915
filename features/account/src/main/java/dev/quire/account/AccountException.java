package dev.quire.account;

/** A request about an account that cannot be done, with a message fit to show the user. */
public final class AccountException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}
