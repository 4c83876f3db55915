package dev.quire.comment;

import dev.quire.account.AccountException;
import dev.quire.account.AuthenticatedUser;
import dev.quire.account.NotAllowedException;
import dev.quire.account.Secrets;
import dev.quire.account.ThrottledException;
import dev.quire.paper.PaperRepository;
import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The discussion under papers: users post, edit and delete their own comments, admins hide any;
 * posting is limited per user.
 */
public final class Comments {
  static final int MAX_LENGTH = 10_000;

  /** Comments one user may post per {@link #RATE_WINDOW}. */
  static final int RATE = 5;

  static final Duration RATE_WINDOW = Duration.ofMinutes(1);

  private final CommentRepository repo;
  private final PaperRepository papers;
  private final Clock clock;
  private final RateLimiter posts;

  public Comments(CommentRepository repo, PaperRepository papers, Clock clock) {
    this(repo, papers, RateLimiters.inMemory(clock));
  }

  /** As above, with the posting limit counted by {@code limits} (for all nodes together). */
  public Comments(CommentRepository repo, PaperRepository papers, RateLimiters limits) {
    this.repo = repo;
    this.papers = papers;
    this.clock = limits.clock();
    this.posts = limits.limiter("comments", RATE, RATE_WINDOW);
  }

  /** Posts a comment; empty when there is no such paper. */
  public Optional<Comment> post(AuthenticatedUser user, String paperId, String body) {
    String text = checked(body);
    if (papers.find(paperId).isEmpty()) {
      return Optional.empty();
    }
    RateLimiter.Decision d = posts.acquire(user.id());
    if (!d.allowed()) {
      throw new ThrottledException(
          "you may post "
              + RATE
              + " comments a minute; try again in "
              + d.resetSeconds()
              + " seconds",
          d.resetSeconds());
    }
    String id = Secrets.id();
    repo.create(id, paperId, user.id(), text, clock.instant());
    return repo.find(id);
  }

  /** A comment by id. */
  public Optional<Comment> find(String id) {
    return repo.find(id);
  }

  /** The comments of a paper the user may see: hidden ones only for admins. */
  public List<Comment> of(String paperId, boolean withHidden) {
    return repo.of(paperId, withHidden);
  }

  /** Replaces the text of the user's own comment. */
  public Comment edit(AuthenticatedUser user, String id, String body) {
    String text = checked(body);
    Comment c = existing(id);
    if (!c.userId().equals(user.id())) {
      throw new NotAllowedException("only its author may edit a comment");
    }
    repo.edit(id, text, clock.instant());
    return existing(id);
  }

  /** Deletes the user's own comment (admins may delete any). Returns the deleted comment. */
  public Comment delete(AuthenticatedUser user, String id) {
    Comment c = existing(id);
    if (!c.userId().equals(user.id()) && !user.admin()) {
      throw new NotAllowedException("only its author may delete a comment");
    }
    repo.delete(id);
    return c;
  }

  /** Hides or shows a comment: admins only. */
  public Comment setHidden(AuthenticatedUser user, String id, boolean hidden) {
    if (!user.admin()) {
      throw new NotAllowedException("only admins may hide comments");
    }
    existing(id);
    repo.setHidden(id, hidden);
    return existing(id);
  }

  private Comment existing(String id) {
    return repo.find(id).orElseThrow(() -> new NoSuchCommentException(id));
  }

  private static String checked(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new AccountException(
          "a comment has 1 to " + MAX_LENGTH + " characters; this one has " + text.length());
    }
    return text;
  }

  /** There is no comment with this id: a 404. */
  public static final class NoSuchCommentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchCommentException(String id) {
      super("no comment with id " + id);
    }
  }
}
