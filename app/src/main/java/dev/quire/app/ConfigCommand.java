package dev.quire.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quire config}: the effective configuration, or the table of every key. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "print the effective configuration (one key=value per line, secrets masked);",
      "with --markdown: the table of every key, its environment variable, flag, type and default"
    })
final class ConfigCommand extends ConfiguredCommand {
  @Option(names = "--markdown", description = "print the Markdown table of every config key")
  boolean markdown;

  @Override
  public Integer call() {
    out().print(markdown ? ConfigTable.markdown() : config().describe());
    return 0;
  }
}
