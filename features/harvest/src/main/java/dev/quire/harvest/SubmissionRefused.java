package dev.quire.harvest;

/**
 * A daily-list submission that was refused, with the reason in words and as a kind the web maps to
 * a status.
 */
public final class SubmissionRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a submission was refused. */
  public enum Reason {
    /** The text is not an arXiv id. */
    BAD_INPUT,
    /** arXiv has no paper with this id. */
    UNKNOWN_PAPER,
    /** First published more than the allowed days ago. */
    TOO_OLD,
    /** Already on a daily list. */
    ALREADY_FEATURED,
    /** arXiv could not be asked. */
    ARXIV_UNAVAILABLE
  }

  private final Reason reason;

  SubmissionRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  SubmissionRefused(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }
}
