package dev.quire.bench;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperStore;
import dev.quire.search.embed.Embedder;
import dev.quire.search.lucene.LuceneSearch;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code quire bench map}: the map of a month of N papers (default 3,500) served over HTTP by a
 * real server on a fresh SQLite database: the first request (vectors loaded, layout, clusters,
 * labels computed) and then R requests of the remembered map, median and 90th percentile. Titles
 * are drawn from twelve physics topics (seeded) and embedded by a hashed bag of words of the
 * model's 384 dimensions, so that the run needs no model and no data files.
 */
public final class MapBenchmark {
  static final long SEED = 20261128L;
  static final String MONTH = "2026-08";

  private static final List<String> TOPICS =
      List.of(
          "kondo heavy fermion lattice hybridization insulator cerium",
          "dark matter halo galaxy rotation dwarf",
          "quantum error correction surface code qubit logical",
          "gravitational wave black hole merger binary",
          "topological insulator edge state chern band",
          "superconductivity cuprate pairing gap nematic",
          "exoplanet atmosphere transit spectrum",
          "neutrino oscillation mass hierarchy detector",
          "dynamical mean field theory hubbard correlated",
          "cosmic microwave background inflation polarization",
          "spin liquid kagome frustrated magnet",
          "quark gluon plasma heavy ion collision");

  private static final List<String> COMMON =
      List.of("observation", "measurement", "simulation", "evidence", "regime", "signatures");

  private MapBenchmark() {}

  /** Runs the benchmark and returns the median milliseconds of a remembered map. */
  public static double run(int papers, int rounds, PrintStream out) throws Exception {
    Path dir = BenchSupport.tempDir("quire-bench-map-");
    try {
      Config config =
          Config.load(
              Map.of("data", dir.toString(), "sample", "false", "host", "127.0.0.1"), Map.of());
      Clock clock = Clock.fixed(Instant.parse("2026-09-01T07:00:00Z"), ZoneOffset.UTC);
      try (Quire q = Quire.open(config, clock)) {
        seed(q.paperStore(), papers);
        LuceneSearch search = q.openSearch(new TopicEmbedder());
        search.syncNow(line -> {});
        search.embedQueuedHere();
        Javalin app = q.web().start(0);
        try {
          HttpClient client = HttpClient.newHttpClient();
          URI uri = URI.create("http://127.0.0.1:" + app.port() + "/map?month=" + MONTH);
          long start = System.nanoTime();
          String first = get(client, uri);
          double firstMs = (System.nanoTime() - start) / 1e6;
          int dots = first.split("class=\"map-dot", -1).length - 1;
          if (dots < papers) {
            throw new IllegalStateException(
                "the map shows " + dots + " papers, expected " + papers);
          }
          List<Double> times = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            get(client, uri);
            times.add((System.nanoTime() - t) / 1e6);
          }
          List<Double> afterWrite = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            // an empty committed write, announced as after a vote: the page is re-read, the layout
            // remembered
            q.paperStore().writeBatch(List.of(), List.of(), List.of());
            long t = System.nanoTime();
            get(client, uri);
            afterWrite.add((System.nanoTime() - t) / 1e6);
          }
          double median = BenchSupport.median(times);
          out.printf(
              Locale.ROOT,
              "map of %s: %,d papers, %,d bytes of HTML; first request (computing) %.0f ms;"
                  + " remembered: median %.0f ms, p90 %.0f ms over %d requests;"
                  + " after a write (papers re-read, page re-rendered, layout remembered):"
                  + " median %.0f ms, p90 %.0f ms (%d processors, heap max %d MB)%n",
              MONTH,
              dots,
              first.length(),
              firstMs,
              median,
              p90(times),
              rounds,
              BenchSupport.median(afterWrite),
              p90(afterWrite),
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory() >> 20);
          return median;
        } finally {
          app.stop();
        }
      }
    } finally {
      BenchSupport.delete(dir);
    }
  }

  private static double p90(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
  }

  private static String get(HttpClient client, URI uri) throws Exception {
    HttpResponse<String> res =
        client.send(
            HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + res.statusCode());
    }
    return res.body();
  }

  /** N papers over the days of the month, titles from one topic each plus common words. */
  static void seed(PaperStore repo, int count) {
    Random rnd = new Random(SEED);
    List<Paper> list = new ArrayList<>();
    List<DailyEntry> entries = new ArrayList<>();
    LocalDate first = LocalDate.parse(MONTH + "-01");
    for (int i = 0; i < count; i++) {
      String[] topic = TOPICS.get(rnd.nextInt(TOPICS.size())).split(" ");
      StringBuilder title = new StringBuilder();
      for (int w = 0; w < 5; w++) {
        title.append(topic[rnd.nextInt(topic.length)]).append(' ');
      }
      title.append(COMMON.get(rnd.nextInt(COMMON.size())));
      String id = String.format(Locale.ROOT, "2608.%05d", i + 1);
      LocalDate day = first.plusDays(i % 31);
      list.add(
          PaperBuilder.paper(id)
              .title(title.toString())
              .abstractText("We report " + title + ".")
              .authors(List.of(Author.named("Ada Lovelace")))
              .categories(List.of("cond-mat.str-el"))
              .publishedAt(day.atStartOfDay().toInstant(ZoneOffset.UTC))
              .upvotes(rnd.nextInt(50))
              .build());
      entries.add(
          new DailyEntry(id, day, day.atStartOfDay().toInstant(ZoneOffset.UTC), null, null, null));
      if (list.size() == 1000) {
        repo.writeBatch(List.of(), list, entries);
        list.clear();
        entries.clear();
      }
    }
    repo.writeBatch(List.of(), list, entries);
  }

  /** A hashed bag of words in 384 dimensions: the model's size, at no cost. */
  static final class TopicEmbedder implements Embedder {
    @Override
    public String model() {
      return "bench-hashing-384";
    }

    @Override
    public int dimensions() {
      return 384;
    }

    @Override
    public float[] embedDocument(String title, String abstractText) {
      return embedQuery(title);
    }

    @Override
    public float[] embedQuery(String text) {
      float[] v = new float[384];
      for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (w.length() > 2) {
          v[Math.floorMod(w.hashCode(), 384)] += 1;
          v[Math.floorMod(w.hashCode() * 31 + 7, 384)] += 0.5f;
        }
      }
      v[383] += 0.01f;
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      for (int j = 0; j < v.length; j++) {
        v[j] /= (float) Math.sqrt(norm);
      }
      return v;
    }

    @Override
    public void close() {}
  }
}
