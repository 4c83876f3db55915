package dev.quire.app;

import dev.quire.system.StorageErrors;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Command-line entry point of the product: {@code quire serve | ingest | harvest | add | digest |
 * backup | restore | admin | reindex | config | help}. The benchmarks and evaluations ({@code
 * bench}, {@code eval}) ship with the bench build ({@code dev.quire.bench.BenchMain}).
 */
@Command(
    name = "quire",
    mixinStandardHelpOptions = true,
    version = "quire 1.0",
    description = "Quire: a self-hosted research-papers hub.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CommandLine.HelpCommand.class,
      ServeCommand.class,
      DataCommands.Ingest.class,
      HarvestCommands.Harvest.class,
      HarvestCommands.Add.class,
      DigestCommands.Digest.class,
      DataCommands.Backup.class,
      DataCommands.Restore.class,
      DataCommands.Admin.class,
      DataCommands.Reindex.class,
      EmbedCommand.class,
      SolrCommands.Solr.class,
      ConfigCommand.class
    },
    footer = {
      "",
      "Every command that reads the configuration takes --data DIR, --config FILE and one flag per"
          + " config key (e.g. --port 8080, --search.semantic false); see 'quire config --help'.",
      "Settings come from defaults, then the config file, then QUIRE_* environment variables,"
          + " then flags."
    })
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  private Main() {}

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

  /** Runs one product command; returns the exit status. Serve blocks until the process stops. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return commandLine(List.of(new NotInThisBuild.Bench(), new NotInThisBuild.Eval()), out, err)
        .execute(args);
  }

  /**
   * The root command with the product's subcommands and {@code extra} ones (the bench build adds
   * {@code bench} and {@code eval}), printing to {@code out} and {@code err}.
   */
  public static CommandLine commandLine(List<Object> extra, PrintStream out, PrintStream err) {
    CommandLine root = new CommandLine(new Main());
    for (Object command : extra) {
      root.addSubcommand(command);
    }
    List<CommandLine> commands = new java.util.ArrayList<>(root.getSubcommands().values());
    for (int i = 0; i < commands.size(); i++) {
      commands.addAll(commands.get(i).getSubcommands().values());
      if (commands.get(i).getCommand() instanceof ConfiguredCommand c) {
        ConfiguredCommand.addConfigFlags(commands.get(i).getCommandSpec());
        c.streams(out, err);
      }
    }
    PrintWriter errWriter = new PrintWriter(err, true);
    root.setOut(new PrintWriter(out, true));
    root.setErr(errWriter);
    root.setParameterExceptionHandler(
        (e, args) -> {
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          String message = e.getMessage();
          if (e instanceof CommandLine.UnmatchedArgumentException u
              && e.getCommandLine() == root
              && !u.getUnmatched().isEmpty()
              && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
          }
          errWriter.println("quire: " + message + " (see '" + command + " --help')");
          return 2;
        });
    root.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            errWriter.println("quire: " + e.getMessage());
            return 2;
          }
          String storage = StorageErrors.describe(e, dataDirOf(parseResult.originalArgs()));
          errWriter.println("quire: " + (storage != null ? storage : e.getMessage()));
          return 1;
        });
    return root;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /**
   * The data directory a command line names (--data, QUIRE_DATA, or ./data), for error messages.
   */
  private static Path dataDirOf(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--data") && i + 1 < args.size()) {
        return Path.of(args.get(i + 1)).toAbsolutePath();
      }
      if (args.get(i).startsWith("--data=")) {
        return Path.of(args.get(i).substring(7)).toAbsolutePath();
      }
    }
    String env = System.getenv("QUIRE_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath();
  }
}
