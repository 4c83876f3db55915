package dev.quire.foryou;

import java.time.Instant;
import java.util.List;

/**
 * One thing a reader follows.
 *
 * @param kind what kind of thing
 * @param key the author name, organisation name, category or archive, search query, or collection
 *     id
 * @param variants for authors, other spellings of the name that also count; else empty
 * @param label what to call it on pages: the key, or a collection's name
 * @param createdAt when the reader followed it
 */
public record Follow(
    FollowKind kind, String key, List<String> variants, String label, Instant createdAt) {
  public Follow {
    variants = List.copyOf(variants);
  }

  /** Every name an author follow matches: the key and its variants. */
  public List<String> names() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(key);
    all.addAll(variants);
    return all;
  }
}
