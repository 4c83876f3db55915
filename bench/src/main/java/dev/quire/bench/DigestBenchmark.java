package dev.quire.bench;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.fakes.LocalSmtpSink;
import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code quire bench digest}: one daily digest run (plan, compose, send over SMTP, mark) to N
 * subscribers of a fresh SQLite database, through a local SMTP sink on the loopback interface;
 * prints the wall time and mails per second of each run and the median.
 */
public final class DigestBenchmark {
  static final LocalDate DAY = LocalDate.parse("2026-08-21");

  private DigestBenchmark() {}

  /** Runs the benchmark and returns the median mails per second. */
  public static double run(int subscribers, int runs, PrintStream out) {
    List<Double> rates = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path dir = BenchSupport.tempDir("quire-bench-digest-");
      try (LocalSmtpSink sink = LocalSmtpSink.start(false)) {
        Config loaded =
            Config.load(
                Map.of(
                    "data", dir.toString(),
                    "sample", "false",
                    "digest.at", "off",
                    "base.url", "https://papers.example.org"),
                Map.of());
        Config config =
            loaded.with(b -> b.mail(loaded.mail().withPlainSmtp("127.0.0.1", sink.port())));
        Clock clock = Clock.fixed(Instant.parse("2026-08-22T07:00:00Z"), ZoneOffset.UTC);
        try (Quire q = Quire.open(config, clock)) {
          seed(q.paperStore());
          List<String> emails = new ArrayList<>(subscribers);
          for (int n = 0; n < subscribers; n++) {
            emails.add("reader" + n + "@bench.example.org");
          }
          q.digests()
              .subscriptionRepository()
              .insertActive(emails, Frequency.DAILY, 10, clock.instant());
          long start = System.nanoTime();
          List<String> lines = q.digests().run(DAY);
          double seconds = (System.nanoTime() - start) / 1e9;
          int got = sink.accepted();
          double rate = got / seconds;
          rates.add(rate);
          out.printf(
              Locale.ROOT,
              "run %d: %,d digests (10 papers each) accepted by the local SMTP sink in %.2f s = %,.0f mails/s; %s%n",
              i,
              got,
              seconds,
              rate,
              lines.get(lines.size() - 1));
          if (got != subscribers) {
            throw new IllegalStateException(
                "the sink got " + got + " mails, expected " + subscribers);
          }
        }
      } finally {
        BenchSupport.delete(dir);
      }
    }
    double median = BenchSupport.median(rates);
    out.printf(
        Locale.ROOT,
        "median of %d runs: %,.0f mails/s = %.1f s for %,d subscribers (%d processors, heap max %d MB)%n",
        runs,
        median,
        subscribers / median,
        subscribers,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    return median;
  }

  private static void seed(PaperStore papers) {
    List<dev.quire.paper.Paper> list = new ArrayList<>();
    List<DailyEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      String id = String.format(Locale.ROOT, "2608.%05d", 20000 + i);
      list.add(
          PaperBuilder.paper(id)
              .title("Benchmark paper number " + i + " on attention and its discontents")
              .abstractText(
                  "We study a benchmark problem. ".repeat(20) + "Results are reported in full.")
              .authors(List.of(Author.named("Ada Lovelace"), Author.named("Alan Turing")))
              .categories(List.of("cs.LG"))
              .publishedAt(Instant.parse("2026-08-20T12:00:00Z"))
              .upvotes(100 - i)
              .build());
      entries.add(
          new DailyEntry(id, DAY, DAY.atStartOfDay().toInstant(ZoneOffset.UTC), null, null, null));
    }
    papers.writeBatch(List.of(), list, entries);
  }
}
