package dev.quire.paper;

/**
 * One author of a paper, in order.
 *
 * @param name display name
 * @param hfUser Hugging Face user name when the author claimed the paper there, else null
 */
public record Author(String name, String hfUser) {
  public Author {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("author name is empty");
    }
    name = name.strip();
  }

  /** An author known only by name. */
  public static Author named(String name) {
    return new Author(name, null);
  }
}
