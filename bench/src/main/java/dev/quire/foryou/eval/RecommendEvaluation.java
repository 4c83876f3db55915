package dev.quire.foryou.eval;

import dev.quire.foryou.Candidate;
import dev.quire.foryou.FollowMatcher;
import dev.quire.foryou.InterestModel;
import dev.quire.foryou.PersonalRelevance;
import dev.quire.foryou.PoolStats;
import dev.quire.foryou.Ranker;
import dev.quire.foryou.TermVectors;
import dev.quire.foryou.Weights;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.OnnxEmbedder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code quire eval --recommend}: simulated readers built from real arXiv listings. Each reader
 * likes 20 papers of the first four weeks of a window (single-interest: one fine-grained category;
 * two-interest: 10 + 10 from two categories of different archives); the candidates are the papers
 * of the next two weeks and the relevant ones those whose primary category is one of the reader's.
 * Prints nDCG@20 and precision@20 of For you and of the baselines newest, trending, centroid and
 * arxiv-sanity-lite's tf-idf linear SVM, for each kind of reader.
 */
public final class RecommendEvaluation {
  static final int K = 20;
  static final int LIKED = 20;

  /**
   * What to evaluate on.
   *
   * @param files Kaggle-layout listing files
   * @param upvotesDir Hugging Face daily_papers folder for trending (may be missing)
   * @param start first day of the six-week window
   * @param readersPerKind readers of each kind
   * @param candidates at most this many candidates (a seeded sample of the two weeks)
   * @param negatives other first-four-weeks papers the SVM trains against (a seeded sample)
   * @param seed the random seed
   * @param scratch where embeddings are cached between runs
   * @param threads embedding threads
   */
  public record Options(
      List<Path> files,
      Path upvotesDir,
      LocalDate start,
      int readersPerKind,
      int candidates,
      int negatives,
      long seed,
      Path scratch,
      int threads) {}

  private RecommendEvaluation() {}

  /** Runs the evaluation with the product's embedding model. */
  public static void run(Options o, PrintStream out, PrintStream err) {
    try (Embedder embedder = OnnxEmbedder.load()) {
      run(o, embedder, out, err);
    }
  }

  /** Runs the evaluation with this embedder (tests use a fast stand-in). */
  public static void run(Options o, Embedder embedder, PrintStream out, PrintStream err) {
    out.printf("seed %d%n", o.seed());
    LocalDate split = o.start().plusWeeks(4);
    LocalDate end = split.plusWeeks(2);
    Map<String, EvalPaper> all = EvalCorpus.load(o.files(), o.start(), end);
    List<EvalPaper> history = all.values().stream().filter(p -> p.day().isBefore(split)).toList();
    List<EvalPaper> future = all.values().stream().filter(p -> !p.day().isBefore(split)).toList();
    Random random = new Random(o.seed());
    List<EvalPaper> candidates = sample(future, o.candidates(), random);
    out.printf(
        "window %s to %s: %,d liked-pool papers (weeks 1-4), %,d candidates of %,d (weeks 5-6)%n",
        o.start(), end.minusDays(1), history.size(), candidates.size(), future.size());
    List<SimulatedReader> readers = readers(history, candidates, o.readersPerKind(), random);
    if (readers.isEmpty()) {
      throw new IllegalArgumentException(
          "no category has enough papers in this window; choose another --start");
    }
    Map<String, EvalPaper> byId = new HashMap<>(all);
    Set<EvalPaper> toEmbed = new LinkedHashSet<>(candidates);
    readers.forEach(r -> r.liked().forEach(id -> toEmbed.add(byId.get(id))));
    try {
      Files.createDirectories(o.scratch());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create " + o.scratch(), e);
    }
    VectorCache vectors = new VectorCache(o.scratch(), embedder.model());
    vectors.fill(toEmbed, embedder, o.threads(), err);
    out.printf(
        "%d readers (%d single-interest, %d two-interest), %d liked papers each; model %s%n",
        readers.size(),
        readers.stream().filter(r -> !r.twoInterest()).count(),
        readers.stream().filter(SimulatedReader::twoInterest).count(),
        LIKED,
        embedder.model());

    Map<String, Integer> upvotes = EvalCorpus.upvotes(o.upvotesDir());
    Set<String> likedAll = new HashSet<>();
    readers.forEach(r -> likedAll.addAll(r.liked()));
    List<EvalPaper> negatives =
        sample(
            history.stream().filter(p -> !likedAll.contains(p.id())).toList(),
            o.negatives(),
            random);
    List<EvalPaper> svmCorpus = new ArrayList<>(negatives);
    likedAll.forEach(id -> svmCorpus.add(byId.get(id)));
    svmCorpus.addAll(candidates);
    TfIdfSvm svm = new TfIdfSvm(svmCorpus);
    List<String> candidateIds = candidates.stream().map(EvalPaper::id).toList();
    List<Candidate> pool =
        candidates.stream()
            .map(
                p ->
                    new Candidate(
                        p.id(),
                        p.title(),
                        p.abstractText(),
                        List.of(),
                        p.categories(),
                        null,
                        p.day(),
                        upvotes.getOrDefault(p.id(), 0),
                        vectors.get(p.id())))
            .toList();
    Ranker ranker = new Ranker(Weights.DEFAULT);
    PoolStats stats = PoolStats.of(pool.stream().map(Candidate::vector).toList());

    Map<String, Function<SimulatedReader, List<String>>> methods = new LinkedHashMap<>();
    List<String> newest =
        candidates.stream()
            .sorted(
                Comparator.comparing(EvalPaper::day)
                    .reversed()
                    .thenComparing(EvalPaper::id, Comparator.reverseOrder()))
            .map(EvalPaper::id)
            .toList();
    methods.put("newest", r -> newest);
    List<String> trending =
        candidates.stream()
            .sorted(
                Comparator.comparing((EvalPaper p) -> upvotes.getOrDefault(p.id(), 0))
                    .reversed()
                    .thenComparing(EvalPaper::day, Comparator.reverseOrder())
                    .thenComparing(EvalPaper::id, Comparator.reverseOrder()))
            .map(EvalPaper::id)
            .toList();
    methods.put("trending", r -> trending);
    methods.put(
        "centroid",
        r -> {
          float[] c = new float[embedder.dimensions()];
          for (String id : r.liked()) {
            float[] v = vectors.get(id);
            for (int i = 0; i < c.length; i++) {
              c[i] += v[i];
            }
          }
          return byScore(candidateIds, id -> (double) dot(c, vectors.get(id)));
        });
    methods.put(
        "tfidf-svm",
        r -> {
          List<String> training = new ArrayList<>(svmCorpus.size());
          svmCorpus.forEach(p -> training.add(p.id()));
          Map<String, Double> s =
              svm.scores(training, new HashSet<>(r.liked()), candidateIds, o.seed());
          return byScore(candidateIds, s::get);
        });
    TermVectors terms =
        TermVectors.of(
            pool.stream().map(c -> TermVectors.textOf(c.title(), c.abstractText())).toList());
    Function<Double, Function<SimulatedReader, List<String>>> forYou =
        learned ->
            r -> {
              List<float[]> liked = r.liked().stream().map(vectors::get).toList();
              InterestModel model = InterestModel.of(liked, List.of(), stats);
              List<String> texts =
                  r.liked().stream()
                      .map(byId::get)
                      .map(p -> TermVectors.textOf(p.title(), p.abstractText()))
                      .toList();
              float[] relevance =
                  PersonalRelevance.of(
                      pool,
                      null,
                      terms,
                      model,
                      new PersonalRelevance.Positives(texts, r.liked(), texts, liked),
                      Weights.DEFAULT.withLearned(learned));
              return ranker.rank(pool, relevance, FollowMatcher.NONE, Set.of(), split, end).stream()
                  .map(x -> x.candidate().id())
                  .toList();
            };
    methods.put("for-you", forYou.apply(Weights.DEFAULT.learned()));
    out.printf("%n%-16s %-10s %9s %8s%n", "readers", "method", "nDCG@20", "P@20");
    for (boolean two : new boolean[] {false, true}) {
      List<SimulatedReader> group = readers.stream().filter(r -> r.twoInterest() == two).toList();
      Map<String, Double> ndcgs = new LinkedHashMap<>();
      for (var m : methods.entrySet()) {
        double ndcg = 0;
        double prec = 0;
        for (SimulatedReader r : group) {
          List<String> ranking = m.getValue().apply(r);
          Set<String> relevant = r.relevant(candidates);
          ndcg += ndcg(ranking, relevant, K);
          prec += precision(ranking, relevant, K);
        }
        ndcg /= group.size();
        prec /= group.size();
        ndcgs.put(m.getKey(), ndcg);
        out.printf(
            "%-16s %-10s %9.4f %8.4f%n",
            two ? "two-interest" : "single-interest", m.getKey(), ndcg, prec);
      }
      double svmScore = ndcgs.get("tfidf-svm");
      out.printf(
          "%-16s for-you vs tfidf-svm: %+.1f%% nDCG@20%n",
          two ? "two-interest" : "single-interest",
          svmScore == 0 ? 0 : 100 * (ndcgs.get("for-you") - svmScore) / svmScore);
    }
    sweep(readers, candidates, forYou, out);
  }

  /**
   * nDCG@20 of For you by the share of the reader's classifier in personal relevance: how {@link
   * Weights#LEARNED} was chosen.
   */
  private static void sweep(
      List<SimulatedReader> readers,
      List<EvalPaper> candidates,
      Function<Double, Function<SimulatedReader, List<String>>> forYou,
      PrintStream out) {
    out.printf(
        "%nshare of the reader's classifier in personal relevance (For you, nDCG@20):%n%-16s",
        "readers");
    double[] shares = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1};
    for (double w : shares) {
      out.printf(" %6.1f", w);
    }
    out.println();
    for (boolean two : new boolean[] {false, true}) {
      List<SimulatedReader> group = readers.stream().filter(r -> r.twoInterest() == two).toList();
      out.printf("%-16s", two ? "two-interest" : "single-interest");
      for (double w : shares) {
        Function<SimulatedReader, List<String>> method = forYou.apply(w);
        double ndcg = 0;
        for (SimulatedReader r : group) {
          ndcg += ndcg(method.apply(r), r.relevant(candidates), K);
        }
        out.printf(" %6.4f", ndcg / group.size());
      }
      out.println();
    }
  }

  static <T> List<T> sample(List<T> items, int n, Random random) {
    if (items.size() <= n) {
      return items;
    }
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy.subList(0, n);
  }

  /** Readers whose categories have 2x the liked papers in weeks 1-4 and 10 relevant candidates. */
  static List<SimulatedReader> readers(
      List<EvalPaper> history, List<EvalPaper> candidates, int perKind, Random random) {
    Map<String, List<EvalPaper>> byCategory = new java.util.TreeMap<>();
    history.forEach(p -> byCategory.computeIfAbsent(p.primary(), k -> new ArrayList<>()).add(p));
    Map<String, Long> relevant = new HashMap<>();
    candidates.forEach(p -> relevant.merge(p.primary(), 1L, Long::sum));
    List<String> eligible =
        byCategory.entrySet().stream()
            .filter(e -> e.getValue().size() >= 2 * LIKED)
            .filter(e -> relevant.getOrDefault(e.getKey(), 0L) >= 10)
            .map(Map.Entry::getKey)
            .toList();
    List<SimulatedReader> out = new ArrayList<>();
    if (eligible.isEmpty()) {
      return out;
    }
    List<String> shuffled = new ArrayList<>(eligible);
    Collections.shuffle(shuffled, random);
    for (int i = 0; i < perKind; i++) {
      String c = shuffled.get(i % shuffled.size());
      out.add(new SimulatedReader(List.of(c), liked(byCategory.get(c), LIKED, random)));
    }
    Set<String> pairs = new HashSet<>();
    for (int tries = 0; out.size() < 2 * perKind && tries < 10_000; tries++) {
      String a = eligible.get(random.nextInt(eligible.size()));
      String b = eligible.get(random.nextInt(eligible.size()));
      if (EvalPaper.archiveOf(a).equals(EvalPaper.archiveOf(b)) || !pairs.add(a + " " + b)) {
        continue;
      }
      List<String> liked = new ArrayList<>(liked(byCategory.get(a), LIKED / 2, random));
      liked.addAll(liked(byCategory.get(b), LIKED / 2, random));
      out.add(new SimulatedReader(List.of(a, b), liked));
    }
    return out;
  }

  private static List<String> liked(List<EvalPaper> pool, int n, Random random) {
    return sample(pool, n, random).stream().map(EvalPaper::id).toList();
  }

  private static List<String> byScore(List<String> ids, Function<String, Double> score) {
    Map<String, Double> s = new HashMap<>();
    ids.forEach(id -> s.put(id, score.apply(id)));
    return ids.stream()
        .sorted(Comparator.comparing((String id) -> s.get(id)).reversed().thenComparing(id -> id))
        .toList();
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** nDCG@k with binary relevance. */
  static double ndcg(List<String> ranking, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / (Math.log(i + 2) / Math.log(2));
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  /** Precision@k. */
  static double precision(List<String> ranking, Set<String> relevant, int k) {
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        hits++;
      }
    }
    return hits / (double) k;
  }
}
