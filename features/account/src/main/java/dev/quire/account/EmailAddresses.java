package dev.quire.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accepts a plain address ({@code local@domain.tld}, RFC 5322 dot-atom on both sides) and nothing
 * else: no display name ({@code bob <alice@example.com>}), no group syntax, no quoted or commented
 * parts, no second address. Addresses are stored lower-cased, so one mailbox is one account.
 */
final class EmailAddresses {
  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern ADDR_SPEC =
      Pattern.compile(
          ATEXT + "+(?:\\." + ATEXT + "+)*@" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,63}");

  private EmailAddresses() {}

  /**
   * The normalised address, or an {@link AccountException} naming the value.
   *
   * @throws AccountException when {@code raw} is not a plain address
   */
  static String normalise(String raw) {
    String e = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    if (e.length() > 254 || at < 1 || at > 64 || !ADDR_SPEC.matcher(e).matches()) {
      throw new AccountException(
          "'" + e + "' is not a plain email address (like name@example.org)");
    }
    return e;
  }

  /** The normalised address, or the stripped lower-cased input when it is not one (for lookups). */
  static String lenient(String raw) {
    return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
  }
}
