package dev.quire.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * A seeded mutator of real input files for fuzz tests: flips, deletes, inserts and duplicates bytes
 * and splices in tokens that break parsers. The same seed gives the same mutants, so a failure is
 * reproduced by its printed seed.
 */
public final class Mutator {
  private static final String[] TOKENS = {
    "<",
    ">",
    "&",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\u0000",
    "\uFFFF",
    "\uD800",
    "99999999999999999999999",
    "-1",
    "null",
    "true",
    "NaN",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "&a;",
    "&#0;",
    "&#xFFFFFFFF;",
    "<![CDATA[",
    "]]>",
    "<?xml version=\"1.0\"?>",
    "\n",
    "\r\n",
    "\"id\":",
    "\"paper\":",
    "<record>",
    "</record>",
    "<resumptionToken>x</resumptionToken>",
    "2026-02-30",
    "9999-99-99T99:99:99Z",
    "v0",
    "hep-th/",
    "é",
    "😀"
  };
  private final Random random;

  public Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** A mutant of {@code input} with one to eight mutations. */
  public byte[] mutate(byte[] input) {
    byte[] out = input;
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      out = once(out);
    }
    return out;
  }

  private byte[] once(byte[] in) {
    if (in.length == 0) {
      return token();
    }
    int at = random.nextInt(in.length);
    return switch (random.nextInt(6)) {
      case 0 -> flip(in, at);
      case 1 -> splice(in, at, Math.min(in.length, at + 1 + random.nextInt(64)), new byte[0]);
      case 2 -> splice(in, at, at, token());
      case 3 -> Arrays.copyOf(in, at); // truncate
      case 4 ->
          splice(
              in,
              at,
              at,
              Arrays.copyOfRange(in, at, Math.min(in.length, at + random.nextInt(512))));
      default -> splice(in, at, Math.min(in.length, at + 1), token());
    };
  }

  private byte[] flip(byte[] in, int at) {
    byte[] out = in.clone();
    out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
    return out;
  }

  private byte[] token() {
    return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }
}
