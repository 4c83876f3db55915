package dev.quire.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The configured admin token, compared in constant time; an empty one means submissions are
 * disabled.
 */
final class AdminToken {
  private final byte[] digest;

  AdminToken(String configured) {
    this.digest = configured == null || configured.isBlank() ? null : sha256(configured.strip());
  }

  /** True when a token is configured. */
  boolean enabled() {
    return digest != null;
  }

  /**
   * True when {@code presented} is the configured token; the time taken does not depend on where
   * they differ.
   */
  boolean matches(String presented) {
    if (digest == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(presented.strip()));
  }

  /** Constant-time equality of two strings, for CSRF tokens; false when either is null. */
  static boolean sameSecret(String a, String b) {
    if (a == null || b == null || a.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(sha256(a), sha256(b));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
