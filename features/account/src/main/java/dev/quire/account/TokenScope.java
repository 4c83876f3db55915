package dev.quire.account;

import java.util.Locale;

/** What an API token may do. Tokens reach only the JSON API, never pages or token settings. */
public enum TokenScope {
  /** GET requests under {@code /api}. */
  READ,
  /** Also votes, comments and paper submissions through the API. */
  WRITE,
  /** Also the admin API routes, when the owner is an admin; never given by default. */
  ADMIN;

  /** Whether a token of this scope may make a request that needs {@code needed}. */
  public boolean allows(TokenScope needed) {
    return ordinal() >= needed.ordinal();
  }

  /** The lower-case name stored and shown. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stored or submitted scope; a missing value is {@code READ}. */
  public static TokenScope parse(String value) {
    if (value == null || value.isBlank()) {
      return READ;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AccountException("a token scope is read, write or admin; got '" + value + "'");
    }
  }
}
