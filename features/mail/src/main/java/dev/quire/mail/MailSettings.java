package dev.quire.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Outgoing mail configuration, read by {@code Config} from the {@code mail.*} keys. Without an SMTP
 * host, mail is written as .eml files under the data directory.
 *
 * @param smtpHost SMTP server ({@code mail.smtp.host}); empty means .eml files
 * @param smtpPort SMTP port ({@code mail.smtp.port}; default 587, or 465 with TLS)
 * @param security none, STARTTLS (required) or TLS from the first byte ({@code mail.smtp.security})
 * @param user SMTP user ({@code mail.smtp.user}); empty means no authentication
 * @param password SMTP password ({@code mail.smtp.password})
 * @param from sender address, e.g. {@code Quire <papers@example.org>} ({@code mail.from})
 * @param timeout connect and read timeout ({@code mail.smtp.timeout}, seconds)
 */
public record MailSettings(
    String smtpHost,
    int smtpPort,
    Security security,
    String user,
    String password,
    String from,
    Duration timeout) {

  /** How the SMTP connection is protected. */
  public enum Security {
    /** Plain SMTP, for a local relay. */
    NONE,
    /** STARTTLS, required: the send fails rather than go on in clear text. */
    STARTTLS,
    /** Implicit TLS (SMTPS, usually port 465). */
    TLS
  }

  public MailSettings {
    smtpHost = smtpHost == null ? "" : smtpHost.strip();
    user = user == null ? "" : user.strip();
    password = password == null ? "" : password;
    if (smtpPort < 1 || smtpPort > 65535) {
      throw new IllegalArgumentException("mail.smtp.port must be 1..65535; got " + smtpPort);
    }
    if (from == null || !from.contains("@")) {
      throw new IllegalArgumentException(
          "mail.from must be an address like 'Quire <papers@example.org>'; got '" + from + "'");
    }
  }

  /** The settings in {@code values} (config keys to strings), defaults for what is missing. */
  public static MailSettings from(Map<String, String> values) {
    String rawSecurity = values.getOrDefault("mail.smtp.security", "starttls").strip();
    Security security;
    try {
      security = Security.valueOf(rawSecurity.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "mail.smtp.security must be none, starttls or tls; got '" + rawSecurity + "'");
    }
    String port = values.get("mail.smtp.port");
    return new MailSettings(
        values.getOrDefault("mail.smtp.host", ""),
        port == null ? (security == Security.TLS ? 465 : 587) : number(port, "mail.smtp.port"),
        security,
        values.getOrDefault("mail.smtp.user", ""),
        values.getOrDefault("mail.smtp.password", ""),
        values.getOrDefault("mail.from", "Quire <quire@localhost>").strip(),
        Duration.ofSeconds(
            number(values.getOrDefault("mail.smtp.timeout", "30"), "mail.smtp.timeout")));
  }

  /** The defaults: no SMTP server, so mail goes to .eml files. */
  public static MailSettings defaults() {
    return from(Map.of());
  }

  /** True when an SMTP server is configured. */
  public boolean smtpConfigured() {
    return !smtpHost.isEmpty();
  }

  /** A copy that sends through this SMTP server, without TLS or authentication (local relays). */
  public MailSettings withPlainSmtp(String host, int port) {
    return new MailSettings(host, port, Security.NONE, "", "", from, timeout);
  }

  /** Everything but the password, for logs. */
  @Override
  public String toString() {
    return smtpConfigured()
        ? "SMTP "
            + smtpHost
            + ":"
            + smtpPort
            + " ("
            + security
            + (user.isEmpty() ? "" : ", auth")
            + ")"
        : ".eml files";
  }

  private static int number(String value, String key) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number; got '" + value + "'");
    }
  }
}
