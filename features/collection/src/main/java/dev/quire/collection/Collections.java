package dev.quire.collection;

import dev.quire.account.AccountException;
import dev.quire.account.AuthenticatedUser;
import dev.quire.account.NotAllowedException;
import dev.quire.account.Secrets;
import dev.quire.paper.PaperRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Named lists of papers: users create, edit and delete their own collections and add papers to
 * them; a public collection is readable by anyone, a private one only by its owner.
 */
public final class Collections {
  static final int MAX_NAME = 80;
  static final int MAX_DESCRIPTION = 2_000;

  /** Collections one user may keep. */
  static final int MAX_PER_USER = 200;

  /** Papers one collection may hold. */
  static final int MAX_PAPERS = 1_000;

  private final CollectionRepository repo;
  private final PaperRepository papers;
  private final Clock clock;

  public Collections(CollectionRepository repo, PaperRepository papers, Clock clock) {
    this.repo = repo;
    this.papers = papers;
    this.clock = clock;
  }

  /** Creates a collection owned by the user. */
  public Collection create(
      AuthenticatedUser user, String name, String description, boolean isPublic) {
    String n = name(name);
    String d = description(description);
    if (repo.countOf(user.id()) >= MAX_PER_USER) {
      throw new AccountException("you may keep at most " + MAX_PER_USER + " collections");
    }
    Collection c =
        new Collection(
            Secrets.id(), user.id(), user.name(), n, d, isPublic, clock.instant(), clock.instant());
    repo.create(c);
    return c;
  }

  /** Public collections anyone may browse, most recently changed first. */
  public List<Collection> publicOnes(int limit) {
    return repo.publicOnes(limit);
  }

  /** The user's own collections, most recently changed first. */
  public List<Collection> ofUser(AuthenticatedUser user) {
    return repo.ofUser(user.id());
  }

  /**
   * The collection if this reader (null: anonymous) may read it: public ones for anyone, private
   * ones for their owner; otherwise a {@link NoSuchCollectionException}, as if it did not exist.
   */
  public Collection readable(AuthenticatedUser reader, String id) {
    return repo.find(id)
        .filter(c -> c.isPublic() || (reader != null && c.ownedBy(reader.id())))
        .orElseThrow(() -> new NoSuchCollectionException(id));
  }

  /**
   * Public collections, most recently changed first, optionally only those holding a paper or owned
   * by a user name (null: any).
   */
  public List<Collection> publicOnes(String paperId, String owner, int limit) {
    return repo.publicOnes(paperId, owner, limit);
  }

  /** The papers of a collection, most recently added first. */
  public List<CollectionItem> items(Collection c) {
    return repo.items(c.id());
  }

  /**
   * Changes name, description and visibility; a null argument keeps what is there. Returns the
   * changed collection.
   */
  public Collection update(
      AuthenticatedUser user, String id, String name, String description, Boolean isPublic) {
    Collection c = owned(user, id);
    repo.update(
        id,
        name == null ? c.name() : name(name),
        description == null ? c.description() : description(description),
        isPublic == null ? c.isPublic() : isPublic,
        clock.instant());
    return owned(user, id);
  }

  /** Deletes the user's own collection. Returns the deleted collection. */
  public Collection delete(AuthenticatedUser user, String id) {
    Collection c = owned(user, id);
    repo.delete(id);
    return c;
  }

  /** Adds a paper (a normalised arXiv id) to the user's own collection; empty: no such paper. */
  public Optional<Collection> add(AuthenticatedUser user, String id, String paperId) {
    Collection c = owned(user, id);
    if (papers.find(paperId).isEmpty()) {
      return Optional.empty();
    }
    if (repo.countItems(id) >= MAX_PAPERS) {
      throw new AccountException("a collection holds at most " + MAX_PAPERS + " papers");
    }
    repo.add(id, paperId, clock.instant());
    return Optional.of(c);
  }

  /** Removes a paper from the user's own collection; removing an absent one changes nothing. */
  public Collection remove(AuthenticatedUser user, String id, String paperId) {
    Collection c = owned(user, id);
    repo.remove(id, paperId, clock.instant());
    return c;
  }

  /**
   * The collection when the user owns it. Another user's private collection does not exist for them
   * (404); another user's public one is not theirs to change (403).
   */
  private Collection owned(AuthenticatedUser user, String id) {
    Collection c = readable(user, id);
    if (!c.ownedBy(user.id())) {
      throw new NotAllowedException("only its owner may change a collection");
    }
    return c;
  }

  private static String name(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw new AccountException(
          "a collection name has 1 to " + MAX_NAME + " characters; this one has " + n.length());
    }
    return n;
  }

  private static String description(String description) {
    String d = description == null ? "" : description.strip();
    if (d.length() > MAX_DESCRIPTION) {
      throw new AccountException(
          "a collection description has at most "
              + MAX_DESCRIPTION
              + " characters; this one has "
              + d.length());
    }
    return d;
  }

  /** There is no collection with this id that the reader may see: a 404. */
  public static final class NoSuchCollectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchCollectionException(String id) {
      super("no collection with id " + id);
    }
  }
}
