package dev.quire.search.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The short hash of the text a vector was computed from, to notice edited titles or abstracts. */
public final class TextHash {
  private TextHash() {}

  public static String of(String title, String abstractText) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(title.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(abstractText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
