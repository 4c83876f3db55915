package dev.quire.bench;

import dev.quire.app.Main;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of the bench build: the product's commands plus {@code bench} and {@code eval}.
 * {@code ./quire bench ...} and {@code ./quire eval ...} run this class.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    int code =
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs one command of the bench build; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Main.commandLine(
            List.of(new BenchCommands.Bench(out, err), new EvalCommand(out, err)), out, err)
        .execute(args);
  }
}
