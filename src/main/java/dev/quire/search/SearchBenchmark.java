package dev.quire.search;

public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void run(
      java.nio.file.Path file,
      int papers,
      int embed,
      int queries,
      java.io.PrintStream out,
      java.io.PrintStream err) {
    throw new UnsupportedOperationException("not yet");
  }
}
