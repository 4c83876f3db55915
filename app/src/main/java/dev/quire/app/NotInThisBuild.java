package dev.quire.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Stand-ins for {@code bench} and {@code eval}, which ship with the bench build, not the product.
 */
final class NotInThisBuild {
  private NotInThisBuild() {}

  private static int explain(String name) {
    throw new UsageException(
        name
            + " ships with the bench build: run it as './quire "
            + name
            + " ...' (java -cp target/quire.jar dev.quire.bench.BenchMain "
            + name
            + " ...)");
  }

  @Command(
      name = "bench",
      description = "benchmarks: in the bench build (./quire bench ..., see README)")
  static final class Bench implements Callable<Integer> {
    @Unmatched List<String> args;

    @Override
    public Integer call() {
      return explain("bench");
    }
  }

  @Command(
      name = "eval",
      description = "ranking evaluations: in the bench build (./quire eval ..., see README)")
  static final class Eval implements Callable<Integer> {
    @Unmatched List<String> args;

    @Override
    public Integer call() {
      return explain("eval");
    }
  }
}
