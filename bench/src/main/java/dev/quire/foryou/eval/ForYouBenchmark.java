package dev.quire.foryou.eval;

import dev.quire.account.User;
import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.bench.BenchSupport;
import dev.quire.foryou.FollowKind;
import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.Period;
import dev.quire.search.embed.Embedder;
import dev.quire.search.lucene.LuceneSearch;
import io.javalin.Javalin;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code quire bench foryou}: a reader with N positives (upvotes) and a few follows opens {@code
 * /for-you} for a 7-day window of M papers, over HTTP on localhost with a session cookie, in a
 * fresh SQLite database. Vectors are synthetic (384 dimensions, 40 topics plus noise) since only
 * their count and size matter for speed; the first load (which reads and caches the window) is
 * reported apart from the median of the following ones.
 */
public final class ForYouBenchmark {
  static final LocalDate MONDAY = LocalDate.parse("2026-08-17");
  private static final int DIM = 384;
  private static final int TOPICS = 40;
  private static final long SEED = 20261128L;

  private ForYouBenchmark() {}

  public static void run(int papers, int positives, int rounds, PrintStream out) {
    Path dir = BenchSupport.tempDir("quire-bench-foryou");
    out.printf(
        "seed %d; %,d papers over 7 days, a reader with %d upvotes%n", SEED, papers, positives);
    try {
      Config config =
          Config.load(Map.of("data", dir.toString(), "sample", "false", "port", "0"), Map.of());
      try (Quire quire = Quire.open(config)) {
        store(quire, papers, positives);
        LuceneSearch search = quire.openSearch(new TopicEmbedder());
        search.syncNow(line -> {});
        search.embedQueuedHere();
        Javalin app = quire.web().start(0);
        quire.accounts().signUp("bench@example.org", "bench", "bench password 123");
        String session = quire.accounts().verify(verificationToken(dir)).token();
        User reader = quire.accounts().users().findByEmail("bench@example.org").orElseThrow();
        for (int i = 0; i < positives; i++) {
          quire.votes().set(reader.id(), "2607." + String.format("%05d", i), true);
        }
        var follows = quire.forYou().follows();
        follows.follow(reader.id(), FollowKind.AUTHOR, "Author 7", List.of());
        follows.follow(reader.id(), FollowKind.AUTHOR, "Author 42", List.of());
        follows.follow(reader.id(), FollowKind.CATEGORY, "cs.CL", List.of());
        follows.follow(reader.id(), FollowKind.SEARCH, "topic 3 cat:cs", List.of());
        try {
          measure(app.port(), session, rounds, out);
          Period week = Period.weekOf(MONDAY);
          Runnable rank = () -> quire.forYou().forYou().papersFor(reader.id(), week, 50);
          out.printf(
              "ranking alone (ForYou.papersFor, 50 papers): p50 %.1f ms%n",
              medianMillis(rounds, i -> {}, rank));
          out.printf(
              "ranking right after a new upvote (relevances recomputed, 20 upvotes): p50 %.1f ms%n",
              medianMillis(
                  20,
                  i ->
                      quire
                          .votes()
                          .set(reader.id(), "2608." + String.format("%05d", positives + i), true),
                  rank));
        } finally {
          app.stop();
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("bench foryou failed: " + e.getMessage(), e);
    } finally {
      BenchSupport.delete(dir);
    }
  }

  /** The median time of {@code timed} over {@code rounds}, each after an untimed {@code before}. */
  private static double medianMillis(
      int rounds, java.util.function.IntConsumer before, Runnable timed) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      before.accept(i);
      long t = System.nanoTime();
      timed.run();
      times.add((System.nanoTime() - t) / 1e6);
    }
    return BenchSupport.median(times);
  }

  private static void measure(int port, String session, int rounds, PrintStream out)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/for-you?week=2026-W34"))
            .header("Cookie", "quire_session=" + session)
            .GET()
            .build();
    long t0 = System.nanoTime();
    HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
    double cold = (System.nanoTime() - t0) / 1e6;
    if (first.statusCode() != 200 || !first.body().contains("suggestion")) {
      throw new IllegalStateException("GET /for-you answered " + first.statusCode());
    }
    for (int i = 0; i < 20; i++) {
      http.send(request, HttpResponse.BodyHandlers.discarding());
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      times.add((System.nanoTime() - t) / 1e6);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET /for-you answered " + r.statusCode());
      }
    }
    List<Double> sorted = times.stream().sorted().toList();
    out.printf(
        "GET /for-you (HTTP on localhost, %d rounds after 20 warm-up): p50 %.1f ms, p90 %.1f ms;"
            + " first load (reads the window) %.0f ms%n",
        rounds, BenchSupport.median(times), sorted.get((int) (sorted.size() * 0.9)), cold);
  }

  private static void store(Quire quire, int papers, int positives) {
    Random random = new Random(SEED);
    String[] cats = {
      "cs.CL", "cs.LG", "cs.CV", "cs.AI", "quant-ph", "hep-th", "math.OC", "stat.ML"
    };
    List<Paper> batch = new ArrayList<>();
    int total = papers + positives;
    for (int i = 0; i < total; i++) {
      boolean positive = i < positives;
      String id =
          positive ? "2607." + String.format("%05d", i) : "2608." + String.format("%05d", i);
      LocalDate day = positive ? MONDAY.minusDays(30) : MONDAY.plusDays(random.nextInt(7));
      Instant at = day.atTime(random.nextInt(24), 0).toInstant(ZoneOffset.UTC);
      int topic = random.nextInt(TOPICS);
      String cat = cats[topic % cats.length];
      batch.add(
          PaperBuilder.paper(id)
              .title("Bench paper " + i + " on topic " + topic)
              .abstractText("A synthetic abstract about topic " + topic + " number " + i + ".")
              .authors(
                  List.of(
                      Author.named("Author " + random.nextInt(2000)),
                      Author.named("Author " + random.nextInt(2000))))
              .categories(List.of(cat))
              .primaryCategory(cat)
              .publishedAt(at)
              .updatedAt(at)
              .upvotes(random.nextInt(5) == 0 ? random.nextInt(50) : 0)
              .build());
      if (batch.size() == 1000) {
        quire.paperStore().writeBatch(List.of(), batch, List.of());
        batch.clear();
      }
    }
    quire.paperStore().writeBatch(List.of(), batch, List.of());
  }

  /** The token of the confirmation mail, which a background thread writes (waits up to 30 s). */
  private static String verificationToken(Path dataDir) throws Exception {
    for (int i = 0; i < 300; i++) {
      String token = mailedToken(dataDir.resolve("mail"));
      if (token != null) {
        return token;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no confirmation mail in " + dataDir.resolve("mail"));
  }

  private static String mailedToken(Path mailDir) throws Exception {
    if (!Files.isDirectory(mailDir)) {
      return null;
    }
    Pattern p = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");
    try (Stream<Path> files = Files.list(mailDir)) {
      for (Path f : files.toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
          Matcher matcher = p.matcher(m.getContent().toString());
          if (matcher.find()) {
            return matcher.group(1);
          }
        }
      }
    }
    return null;
  }

  /** Synthetic vectors: one of 40 topic directions (from the title) plus noise. */
  static final class TopicEmbedder implements Embedder {
    private final float[][] topics = new float[TOPICS][DIM];

    TopicEmbedder() {
      Random r = new Random(SEED);
      for (float[] t : topics) {
        for (int i = 0; i < DIM; i++) {
          t[i] = (float) r.nextGaussian();
        }
      }
    }

    @Override
    public String model() {
      return "bench-topics-384";
    }

    @Override
    public int dimensions() {
      return DIM;
    }

    @Override
    public float[] embedDocument(String title, String abstractText) {
      Matcher m = Pattern.compile("topic (\\d+)").matcher(title);
      int topic = m.find() ? Integer.parseInt(m.group(1)) % TOPICS : 0;
      Random r = new Random(title.hashCode());
      float[] v = new float[DIM];
      double norm = 0;
      for (int i = 0; i < DIM; i++) {
        v[i] = topics[topic][i] + (float) r.nextGaussian();
        norm += v[i] * v[i];
      }
      for (int i = 0; i < DIM; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      return v;
    }

    @Override
    public float[] embedQuery(String query) {
      return embedDocument(query, "");
    }

    @Override
    public void close() {}
  }
}
