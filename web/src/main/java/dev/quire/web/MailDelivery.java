package dev.quire.web;

/**
 * How this hub delivers mail, in the reader's words: a real inbox over SMTP, or (without a mail
 * server) a file on the server that the operator has to pass on.
 */
final class MailDelivery {
  private MailDelivery() {}

  /** "We have sent a link to …" only when mail reaches inboxes; otherwise what really happened. */
  static String sentTo(boolean reachesInboxes, String email) {
    return reachesInboxes
        ? "We have sent a mail to " + email + "."
        : "This hub has no mail server configured, so the mail to "
            + email
            + " was written to a file on the server (DATA/mail/) instead of being sent: ask the"
            + " hub's operator for the link.";
  }

  /** The end of the reset notice. */
  static String resetNote(boolean reachesInboxes) {
    return reachesInboxes
        ? "we have sent it a link to set a new password."
        : "a link to set a new password was written to a file on the server (this hub has no mail"
            + " server configured): ask the hub's operator for it.";
  }

  /** For the admin mail page. */
  static String forAdmins(boolean reachesInboxes, String description) {
    return reachesInboxes
        ? "Mail is sent through " + description + "."
        : "No mail server is configured: every mail (sign-up confirmations, password resets,"
            + " digests) is written as a file, "
            + description
            + ", and nobody receives it until you set mail.smtp.host.";
  }
}
