package dev.quire.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256-signed tokens for links in mails (unsubscribe, confirmation): {@code
 * part.part.signature}, where the signature covers a purpose and the parts, and is checked in
 * constant time. The key is the configured secret or a random per-install key kept in {@code
 * <data>/secret.key} (created with mode 0600 on first use).
 */
public final class SignedTokens {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private final Supplier<byte[]> source;
  private volatile byte[] key;

  SignedTokens(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the token key must have at least 16 bytes");
    }
    this.key = key.clone();
    this.source = null;
  }

  private SignedTokens(Supplier<byte[]> source) {
    this.source = source;
  }

  /**
   * Tokens keyed by {@code configured} when not empty, else by the key file in {@code dataDir},
   * read (or created) when first needed.
   */
  public static SignedTokens load(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      return new SignedTokens(configured.strip().getBytes(StandardCharsets.UTF_8));
    }
    return new SignedTokens(() -> keyFile(dataDir.resolve("secret.key")));
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = source.get();
        }
        k = key;
      }
    }
    return k;
  }

  private static byte[] keyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String text = Base64.getEncoder().encodeToString(fresh) + "\n";
        try {
          if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                file,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          } else {
            Files.createFile(file);
          }
          Files.writeString(file, text);
          return fresh;
        } catch (FileAlreadyExistsException raced) {
          // another process created it first: read theirs
        }
      }
      byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
      if (key.length < 16) {
        throw new IllegalStateException("the key in " + file + " is shorter than 16 bytes");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the key in " + file + " is not base64", e);
    }
  }

  /** A token for {@code purpose} carrying {@code parts} (each 1-64 of A-Z a-z 0-9 _ -). */
  public String sign(String purpose, String... parts) {
    for (String p : parts) {
      if (!PART.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "token part '" + p + "' has characters outside A-Za-z0-9_-");
      }
    }
    String body = String.join(".", parts);
    return body + "." + mac(purpose, body);
  }

  /** The parts of a well-signed token for {@code purpose}, or empty. */
  public Optional<List<String>> verify(String purpose, String token) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    int dot = token.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String body = token.substring(0, dot);
    byte[] expected = mac(purpose, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return Optional.empty();
    }
    List<String> parts = Arrays.asList(body.split("\\.", -1));
    return parts.stream().allMatch(p -> PART.matcher(p).matches())
        ? Optional.of(parts)
        : Optional.empty();
  }

  private String mac(String purpose, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] out = mac.doFinal((purpose + "\n" + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
