package dev.quire.foryou.eval;

import java.io.PrintStream;

/** {@code quire bench foryou}: written below. */
public final class ForYouBenchmark {
  private ForYouBenchmark() {}

  public static void run(int papers, int positives, int rounds, PrintStream out) {
    throw new UnsupportedOperationException("not yet");
  }
}
