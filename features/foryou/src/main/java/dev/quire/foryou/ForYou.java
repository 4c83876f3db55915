package dev.quire.foryou;

import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.search.embed.VectorRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * For you: the papers of a day, week or month ranked for one reader from their upvotes, collection
 * items, onboarding seeds, follows and "not interested" clicks, each with a reason.
 */
public final class ForYou {
  /** Relevance (0..1 within the period) from which a paper is said to be "like" a positive. */
  static final double LIKE_THRESHOLD = 0.5;

  private final ForYouRepository repo;
  private final FollowRepository follows;
  private final CandidatePool pool;
  private final Ranker ranker;
  private final Weights weights;
  private final Clock clock;

  public ForYou(
      ForYouRepository repo,
      FollowRepository follows,
      PaperRepository papers,
      VectorRepository vectors,
      Supplier<String> model,
      Clock clock) {
    this.repo = repo;
    this.follows = follows;
    this.pool = new CandidatePool(repo, papers, vectors, model);
    this.weights = Weights.DEFAULT;
    this.ranker = new Ranker(weights);
    this.clock = clock;
  }

  /** The weights of the ranking, to show on the page. */
  public Weights weights() {
    return weights;
  }

  /** The day For you opens on: the newest day with papers, else today. */
  public LocalDate latestDay() {
    return repo.latestDay().orElse(LocalDate.now(clock));
  }

  /** What one reader's ranking is built from, read once per request. */
  private record Reader(
      List<Positive> all,
      List<Positive> withVectors,
      List<float[]> positives,
      List<float[]> negatives,
      Set<String> dismissed,
      FollowMatcher follows) {}

  /**
   * The For-you papers of a reader for a period, best first, at most {@code limit}, without marking
   * them seen: the call for other front ends (API, MCP).
   */
  public List<Suggestion> papersFor(String userId, Period period, int limit) {
    Reader reader = reader(userId);
    CandidatePool.Window window = pool.window(period.from(), period.toExclusive());
    Remembered memo = remembered(userId, reader, window);
    InterestModel model = memo.model();
    List<Ranker.Ranked> ranked =
        ranker.rank(
            window.candidates(),
            memo.relevances(),
            reader.follows(),
            reader.dismissed(),
            period.from(),
            period.toExclusive());
    Set<String> shownBefore =
        repo.seen(userId, ranked.stream().limit(limit).map(r -> r.candidate().id()).toList());
    List<Suggestion> out = new ArrayList<>();
    for (Ranker.Ranked r : ranked) {
      if (out.size() >= limit) {
        break;
      }
      String id = r.candidate().id();
      out.add(new Suggestion(id, r.score(), reasons(r, reader, model), !shownBefore.contains(id)));
    }
    return out;
  }

  /** A reader's relevances over one window, valid while their positives and negatives stay. */
  private record Remembered(
      CandidatePool.Window window, String signature, InterestModel model, float[] relevances) {}

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /**
   * The model's relevance of every candidate of the window, kept per reader until their positives,
   * their "not interested" papers or the window's papers change (the next page load after an upvote
   * recomputes it).
   */
  private Remembered remembered(String userId, Reader reader, CandidatePool.Window window) {
    String signature =
        reader.all().stream().map(Positive::paperId).sorted().toList()
            + "|"
            + reader.dismissed().stream().sorted().toList();
    String key = userId + " " + window.candidates().size() + " " + System.identityHashCode(window);
    Remembered r = remembered.get(key);
    if (r != null && r.window() == window && r.signature().equals(signature)) {
      return r;
    }
    InterestModel model = InterestModel.of(reader.positives(), reader.negatives(), window.stats());
    Remembered computed =
        new Remembered(
            window,
            signature,
            model,
            PersonalRelevance.of(
                window.candidates(),
                window.centred(),
                window.terms(),
                model,
                positives(reader),
                weights));
    if (remembered.size() > 1_000) {
      remembered.clear();
    }
    remembered.put(key, computed);
    return computed;
  }

  /** As {@link #papersFor}, and marks the papers seen: what the page shows. */
  public List<Suggestion> show(String userId, Period period, int limit) {
    List<Suggestion> out = papersFor(userId, period, limit);
    repo.markSeen(userId, out.stream().map(Suggestion::paperId).toList(), clock.instant());
    return out;
  }

  /** Marks a paper "not interested": gone from For you, and similar papers rank lower. */
  public void dismiss(String userId, String paperId) {
    repo.dismiss(userId, paperId, clock.instant());
  }

  /** Takes a "not interested" back. */
  public void undismiss(String userId, String paperId) {
    repo.undismiss(userId, paperId);
  }

  /** How many papers the reader has shown interest in (upvotes, collections, onboarding). */
  public int positiveCount(String userId) {
    return repo.positives(userId).size();
  }

  /** The candidates of a window, shared with the inbox. */
  List<Candidate> candidates(LocalDate from, LocalDate to) {
    return pool.of(from, to);
  }

  private Reader reader(String userId) {
    List<Positive> positives = repo.positives(userId);
    Set<String> dismissed = repo.dismissed(userId);
    List<String> ids = new ArrayList<>(positives.size() + dismissed.size());
    positives.forEach(p -> ids.add(p.paperId()));
    ids.addAll(dismissed);
    Map<String, float[]> v = pool.vectorsOf(ids);
    List<Positive> withVectors = new ArrayList<>();
    List<float[]> pos = new ArrayList<>();
    for (Positive p : positives) {
      float[] x = v.get(p.paperId());
      if (x != null) {
        withVectors.add(p);
        pos.add(x);
      }
    }
    List<float[]> neg = new ArrayList<>();
    for (String d : dismissed) {
      float[] x = v.get(d);
      if (x != null) {
        neg.add(x);
      }
    }
    FollowMatcher matcher =
        new FollowMatcher(follows.of(userId), follows.followedCollectionPapers(userId));
    return new Reader(positives, withVectors, pos, neg, dismissed, matcher);
  }

  /**
   * The reader's positives as personal relevance reads them; their titles and abstracts are read
   * only when a reader's relevances are recomputed.
   */
  private PersonalRelevance.Positives positives(Reader reader) {
    Map<String, String> byId = repo.texts(reader.all().stream().map(Positive::paperId).toList());
    List<String> ids = reader.withVectors().stream().map(Positive::paperId).toList();
    return new PersonalRelevance.Positives(
        reader.all().stream().map(p -> byId.getOrDefault(p.paperId(), "")).toList(),
        ids,
        ids.stream().map(id -> byId.getOrDefault(id, "")).toList(),
        reader.positives());
  }

  private List<Reason> reasons(Ranker.Ranked r, Reader reader, InterestModel model) {
    List<Reason> out = new ArrayList<>(r.followReasons());
    Candidate c = r.candidate();
    if (c.vector() != null && model.hasPositives() && r.relevance() >= LIKE_THRESHOLD) {
      int i = model.closestPositive(c.vector());
      if (i >= 0) {
        Positive p = reader.withVectors().get(i);
        out.add(
            p.paperId().equals(c.id())
                ? new Reason("", "", "one of yours: " + p.why())
                : new Reason("like", p.title(), " " + p.why()));
      }
    }
    if (out.isEmpty()) {
      out.add(
          c.upvotes() > 0
              ? new Reason("popular this period:", c.upvotes() + " upvotes", "")
              : new Reason("new in this period", "", ""));
    }
    return out.size() > 2 ? out.subList(0, 2) : out;
  }
}
