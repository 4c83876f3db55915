package dev.quire.account;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: 10 to 256 characters, not one character repeated, not a run of the
 * keyboard or digits, not one of the most common passwords of that length, and not the account's
 * own name or address.
 */
final class PasswordRules {
  static final int MIN = 10;
  static final int MAX = 256;

  /** The most common leaked passwords of at least 10 characters (lower-cased). */
  private static final Set<String> COMMON =
      Set.of(
          "1234567890",
          "12345678910",
          "123456789a",
          "a123456789",
          "0987654321",
          "qwertyuiop",
          "qwerty1234",
          "qwerty123456",
          "1q2w3e4r5t",
          "1qaz2wsx3edc",
          "qazwsxedcrfv",
          "password12",
          "password123",
          "password1234",
          "passw0rd123",
          "iloveyou12",
          "iloveyou123",
          "abcdefghij",
          "abcd123456",
          "abc1234567",
          "letmein123",
          "welcome123",
          "changeme123",
          "administrator",
          "football123",
          "baseball123",
          "sunshine123",
          "princess123",
          "monkey1234",
          "dragon1234",
          "trustno1234",
          "superman123",
          "asdfghjkl1",
          "asdfghjkl;",
          "zxcvbnm123",
          "correcthorse",
          "passwordpassword");

  private static final String[] RUNS = {
    "01234567890123456789",
    "98765432109876543210",
    "qwertyuiopasdfghjklzxcvbnm",
    "abcdefghijklmnopqrstuvwxyz"
  };

  private PasswordRules() {}

  /**
   * Throws an {@link AccountException} saying why {@code password} is refused.
   *
   * @param email the account's address, may be null
   * @param name the account's name, may be null
   */
  static void check(String password, String email, String name) {
    int n = password == null ? 0 : password.length();
    if (n < MIN || n > MAX) {
      throw new AccountException(
          "a password needs " + MIN + " to " + MAX + " characters; this one has " + n);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.chars().distinct().count() <= 2) {
      throw new AccountException(
          "a password of one or two repeated characters is too easy to guess");
    }
    if (COMMON.contains(lower)) {
      throw new AccountException("that is one of the most common passwords; choose another");
    }
    for (String run : RUNS) {
      if (run.contains(lower)) {
        throw new AccountException("a run of the keyboard or the alphabet is too easy to guess");
      }
    }
    if ((email != null && lower.equals(email.toLowerCase(Locale.ROOT)))
        || (name != null
            && lower.contains(name.toLowerCase(Locale.ROOT))
            && n - name.length() < 4)) {
      throw new AccountException("a password must not be your name or address");
    }
  }
}
