package dev.quire.harvest;

import dev.quire.paper.ArxivId;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.IncomingPaper;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBatch;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Submits a paper to today's daily list, like Hugging Face's "Submit a paper": the paper is fetched
 * from the arXiv API when Quire does not have it, then featured today with its submitter. A paper
 * first published more than 14 days ago, or already featured, is refused with the reason.
 */
public final class DailySubmission {
  /** Papers first published longer ago than this many days are refused. */
  public static final int MAX_AGE_DAYS = 14;

  private static final Pattern SUBMITTER =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");

  private final PaperRepository papers;
  private final PaperStore store;
  private final ArxivAtomClient arxiv;
  private final Clock clock;
  private final java.util.Map<String, Pending> pending =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ExecutorService background =
      new java.util.concurrent.ThreadPoolExecutor(
          0,
          4,
          30,
          java.util.concurrent.TimeUnit.SECONDS,
          new java.util.concurrent.SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "quire-submission");
            t.setDaemon(true);
            return t;
          });

  /**
   * A submission still fetching from arXiv after the request gave up waiting, or one that failed in
   * the background.
   *
   * @param id the paper
   * @param submitter who submitted it
   * @param state "fetching from arXiv", or why it failed
   * @param since when it was submitted
   */
  public record Pending(String id, String submitter, String state, Instant since) {}

  /**
   * What became of a submission within the wait: {@code done}, or (when arXiv is slow) {@code
   * fetchingId} of a paper still fetching in the background, featured when arXiv answers.
   */
  public record Outcome(Submitted done, String fetchingId) {}

  DailySubmission(PaperRepository papers, PaperStore store, ArxivAtomClient arxiv, Clock clock) {
    this.papers = papers;
    this.store = store;
    this.arxiv = arxiv;
    this.clock = clock;
  }

  /**
   * A paper featured by a submission.
   *
   * @param paper the paper as stored
   * @param entry its entry on today's list
   * @param fetched whether it was fetched from arXiv for this submission
   */
  public record Submitted(Paper paper, DailyEntry entry, boolean fetched) {}

  /**
   * {@link #submit} for a request that cannot wait for a slow arXiv: waits at most {@code wait},
   * then leaves the fetch to a background thread (listed by {@link #pending()}) and says so.
   *
   * @throws SubmissionRefused as {@link #submit} does, when that is known within the wait
   */
  public Outcome submitWithin(String rawId, String submitter, Duration wait) {
    String id = ArxivId.parse(rawId).orElse(null);
    if (id == null) {
      return new Outcome(submit(rawId, submitter), null); // refused at once, nothing to fetch
    }
    java.util.concurrent.Future<Submitted> future;
    try {
      future =
          background.submit(
              () -> {
                try {
                  Submitted s = submit(rawId, submitter);
                  pending.remove(id);
                  return s;
                } catch (RuntimeException e) {
                  pending.computeIfPresent(
                      id,
                      (k, p) ->
                          new Pending(id, p.submitter(), "failed: " + e.getMessage(), p.since()));
                  throw e;
                }
              });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.ARXIV_UNAVAILABLE,
          "arXiv is slow and four submissions are already waiting for it; try again in a minute");
    }
    try {
      return new Outcome(
          future.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS), null);
    } catch (java.util.concurrent.TimeoutException e) {
      pending.put(id, new Pending(id, submitter, "fetching from arXiv", clock.instant()));
      if (future.isDone()) { // finished just now
        pending.remove(id);
      }
      return new Outcome(null, id);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubmissionRefused(
          SubmissionRefused.Reason.ARXIV_UNAVAILABLE, "interrupted while fetching " + id);
    }
  }

  /** Submissions fetching in the background, or failed there, oldest first. */
  public List<Pending> pending() {
    return pending.values().stream()
        .sorted(java.util.Comparator.comparing(Pending::since))
        .toList();
  }

  /**
   * Features the paper with this arXiv id (URLs and versions accepted) today; throws {@link
   * SubmissionRefused}.
   */
  public Submitted submit(String rawId, String submitter) {
    String id =
        ArxivId.parse(rawId)
            .orElseThrow(
                () ->
                    new SubmissionRefused(
                        SubmissionRefused.Reason.BAD_INPUT,
                        "not an arXiv id: '"
                            + (rawId == null ? "" : rawId.strip())
                            + "' (expected e.g. 2504.08385)"));
    String by = submitter == null || submitter.isBlank() ? "admin" : submitter.strip();
    if (!SUBMITTER.matcher(by).matches()) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.BAD_INPUT,
          "submitter must be 1 to 64 letters, digits,"
              + " spaces, '.', '_' or '-'; got '"
              + by
              + "'");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<DailyEntry> featured = papers.entriesOf(List.of(id)).getOrDefault(id, List.of());
    if (!featured.isEmpty()) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.ALREADY_FEATURED,
          "paper "
              + id
              + " is already featured, on "
              + featured.get(featured.size() - 1).featuredOn());
    }
    // findAll reads imported counts only: what is written back must not absorb this site's votes
    Paper paper = papers.findAll(List.of(id)).get(id);
    if (paper != null && paper.publishedAt() == null) {
      paper = null;
    }
    boolean fetched = paper == null;
    if (fetched) {
      paper = fetch(id);
    }
    LocalDate published = paper.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
    long age = ChronoUnit.DAYS.between(published, today);
    if (age > MAX_AGE_DAYS) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.TOO_OLD,
          "paper "
              + id
              + " was first published on "
              + published
              + ", "
              + ago(age)
              + "; only papers from the last "
              + MAX_AGE_DAYS
              + " days can be submitted to the daily list");
    }
    Instant now = clock.instant();
    DailyEntry entry = new DailyEntry(id, today, now, by, by, null);
    store.merge(PaperBatch.of(new IncomingPaper(paper, null, entry)));
    return new Submitted(papers.find(id).orElseThrow(), entry, fetched);
  }

  private Paper fetch(String id) {
    ArxivAtomParser.Feed feed;
    try {
      feed = arxiv.fetch(List.of(id));
    } catch (HarvestException e) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.ARXIV_UNAVAILABLE,
          "could not fetch paper " + id + " from arXiv: " + e.getMessage(),
          e);
    }
    Paper p = feed.papers().get(id);
    if (p == null) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.UNKNOWN_PAPER,
          "arXiv has no paper "
              + id
              + (feed.errors().isEmpty() ? "" : " (" + String.join("; ", feed.errors()) + ")"));
    }
    if (p.publishedAt() == null) {
      throw new SubmissionRefused(
          SubmissionRefused.Reason.UNKNOWN_PAPER, "arXiv gave no publication date for " + id);
    }
    return p;
  }

  /** "3 days ago", "about 5 months ago", "about 19 years ago". */
  static String ago(long days) {
    if (days <= 60) {
      return days + (days == 1 ? " day ago" : " days ago");
    }
    if (days < 730) {
      return "about " + Math.round(days / 30.44) + " months ago";
    }
    return "about " + Math.round(days / 365.25) + " years ago";
  }
}
