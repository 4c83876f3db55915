package dev.quire.paper;

/**
 * A research organisation that papers are linked to (as on Hugging Face).
 *
 * @param name short unique name used in URLs, e.g. "google"
 * @param fullname display name, e.g. "Google"
 * @param avatarUrl logo URL, may be null
 * @param hfId Hugging Face object id, may be null
 */
public record Organization(String name, String fullname, String avatarUrl, String hfId) {
  public Organization {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("organization name is empty");
    }
  }

  /** The name to show: the full name when known. */
  public String displayName() {
    return fullname == null || fullname.isBlank() ? name : fullname;
  }
}
