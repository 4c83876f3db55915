package dev.quire.digest;

/**
 * What one pass over the outbox did.
 *
 * @param sent messages delivered
 * @param retrying messages that failed temporarily and wait for another attempt
 * @param failed messages given up on (permanent failure, or out of attempts)
 * @param skipped messages dropped because their subscription ended
 * @param stoppedEarly true when the pass stopped because the mail server could not be reached
 */
public record SendReport(int sent, int retrying, int failed, int skipped, boolean stoppedEarly) {
  /** One line for logs and the command line. */
  public String describe() {
    return "sent "
        + sent
        + ", retrying "
        + retrying
        + ", failed "
        + failed
        + ", skipped "
        + skipped
        + (stoppedEarly ? " (stopped early: the mail server could not be reached)" : "");
  }
}
