package dev.quire.mail;

/**
 * Delivers mail: over SMTP ({@link SmtpMailSender}) or, without an SMTP server, into .eml files
 * ({@link EmlFileMailSender}). Implementations are safe to share between threads.
 */
public interface MailSender extends AutoCloseable {

  /**
   * Delivers one message, or throws {@link MailDeliveryException} saying whether a later attempt
   * may succeed.
   */
  void send(MailMessage message);

  /** A short description for logs, e.g. "SMTP smtp.example.org:587 (STARTTLS)". */
  String describe();

  /**
   * Whether messages reach the recipients' inboxes (SMTP), rather than files on this server that an
   * operator must pass on.
   */
  default boolean reachesInboxes() {
    return true;
  }

  /** Releases connections; the default does nothing. */
  @Override
  default void close() {}
}
