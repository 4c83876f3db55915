package dev.quire.collection;

import java.time.Instant;

/**
 * A named list of papers kept by one user.
 *
 * @param id random id
 * @param userId the owner's user id
 * @param owner the owner's user name
 * @param name name, 1 to 80 characters
 * @param description description, may be empty
 * @param isPublic whether anyone may read it; a private one is only its owner's
 * @param createdAt when it was created
 * @param updatedAt when it or its papers last changed
 */
public record Collection(
    String id,
    String userId,
    String owner,
    String name,
    String description,
    boolean isPublic,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether this user (null: anonymous) owns it. */
  public boolean ownedBy(String someUserId) {
    return userId.equals(someUserId);
  }
}
