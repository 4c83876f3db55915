package dev.quire.mail;

/**
 * A message that could not be delivered: temporary (SMTP 4xx, connection trouble; retry later) or
 * permanent (SMTP 5xx; retrying will not help).
 */
public final class MailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean permanent;
  private final int replyCode;

  /** A failure with the SMTP reply code, or -1 when there was none. */
  public MailDeliveryException(String message, boolean permanent, int replyCode, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
    this.replyCode = replyCode;
  }

  /** True when retrying the same message to the same address will not help. */
  public boolean permanent() {
    return permanent;
  }

  /** The SMTP reply code, or -1 when the failure had none (e.g. no connection). */
  public int replyCode() {
    return replyCode;
  }
}
