package dev.quire.ingest;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Progress on the console: a redrawn bar (papers/s, ETA) on a terminal, a plain line every few
 * seconds otherwise.
 */
public final class ConsoleProgress implements ProgressListener {
  private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
  private static final long BAR_INTERVAL_NANOS = 200_000_000L;
  private final PrintStream out;
  private final boolean terminal;
  private long startNanos;
  private long lastPrint;
  private long totalBytes;

  ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** The listener fitting this process: a bar when attached to a terminal, lines otherwise. */
  public static ProgressListener forConsole(PrintStream out) {
    return new ConsoleProgress(out, isTerminal());
  }

  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void started(int files, long totalBytes) {
    this.totalBytes = totalBytes;
    this.startNanos = System.nanoTime();
    this.lastPrint = startNanos;
    String size = totalBytes > 0 ? String.format(Locale.ROOT, " (%,.1f MB)", totalBytes / 1e6) : "";
    out.printf(Locale.ROOT, "Importing %d file%s%s%n", files, files == 1 ? "" : "s", size);
  }

  @Override
  public void progress(long records, long bytesRead, String currentFile) {
    long now = System.nanoTime();
    if (now - lastPrint < (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
      return;
    }
    lastPrint = now;
    out.print(
        terminal
            ? "\r" + line(records, bytesRead, now) + "  "
            : line(records, bytesRead, now) + "\n");
    out.flush();
  }

  @Override
  public void finished(long records) {
    if (terminal) {
      out.print("\r" + line(records, totalBytes, System.nanoTime()) + "\n");
    }
    out.flush();
  }

  String line(long records, long bytesRead, long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = records / seconds;
    double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
    String eta = fraction > 0 && fraction < 1 ? formatSeconds(seconds / fraction - seconds) : "--";
    int width = 30;
    int filled = (int) Math.round(fraction * width);
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    return String.format(
        Locale.ROOT,
        "[%s] %3.0f%%  %,d papers  %,.0f papers/s  ETA %s",
        bar,
        fraction * 100,
        records,
        rate,
        eta);
  }

  static String formatSeconds(double s) {
    long total = Math.round(s);
    return total >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
        : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
  }
}
