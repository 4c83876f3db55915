package dev.quire.account;

/** Sends mail: to an SMTP server, or in development into files. */
public interface MailSender {
  /** Sends one mail; failures are unchecked exceptions. */
  void send(Mail mail);
}
