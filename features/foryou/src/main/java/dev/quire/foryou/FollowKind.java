package dev.quire.foryou;

import java.util.Locale;

/** What a reader can follow. */
public enum FollowKind {
  AUTHOR("author"),
  ORGANIZATION("organization"),
  CATEGORY("category"),
  SEARCH("search"),
  COLLECTION("collection");

  private final String code;

  FollowKind(String code) {
    this.code = code;
  }

  /** The name stored and used in forms and URLs. */
  public String code() {
    return code;
  }

  /** The kind named {@code code}; the message names the bad value. */
  public static FollowKind parse(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (FollowKind k : values()) {
      if (k.code.equals(c)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be author, organization, category, search or collection; got '" + code + "'");
  }
}
