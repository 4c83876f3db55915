package dev.quire.app;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * A command that reads the configuration: it takes {@code --config FILE} and one flag per config
 * key ({@code --port}, {@code --search.semantic}, ...), made from {@link ConfigKeys}.
 */
public abstract class ConfiguredCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private PrintStream out = System.out;
  private PrintStream err = System.err;

  /** Where this command prints its results and its progress. */
  void streams(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  protected PrintStream out() {
    return out;
  }

  protected PrintStream err() {
    return err;
  }

  /** Adds {@code --config} and the flag of every config key to {@code spec}. */
  static void addConfigFlags(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--config")
            .paramLabel("FILE")
            .type(String.class)
            .description(
                "config file (env QUIRE_CONFIG; default: DATA/quire.properties when present)")
            .build());
    for (ConfigKey key : ConfigKeys.ALL) {
      if (spec.findOption(key.flag()) != null) {
        continue;
      }
      spec.addOption(
          OptionSpec.builder(key.flag())
              .paramLabel(key.secret() ? "SECRET" : "VALUE")
              .type(String.class)
              .converters(
                  raw -> {
                    try {
                      key.type().check(key.name(), raw);
                      return raw;
                    } catch (IllegalArgumentException e) {
                      throw new TypeConversionException(
                          "'" + raw + "' is not " + key.type().what());
                    }
                  })
              .description(
                  key.description()
                      + " ("
                      + key.envName()
                      + (key.defaultValue() == null || key.defaultValue().isEmpty()
                          ? ""
                          : ", default " + key.defaultValue())
                      + ")")
              .build());
    }
  }

  /** The configuration: defaults, file, environment, then this command's flags. */
  protected Config config() {
    return config(Map.of());
  }

  /** The configuration with {@code more} flag-level values (e.g. a command's --url). */
  protected Config config(Map<String, String> more) {
    Map<String, String> overrides = new HashMap<>(more);
    OptionSpec file = spec.findOption("--config");
    if (file != null && file.getValue() != null) {
      overrides.put("config", file.getValue());
    }
    for (ConfigKey key : ConfigKeys.ALL) {
      OptionSpec option = spec.findOption(key.flag());
      if (option != null && option.getValue() != null) {
        overrides.put(key.name(), option.getValue());
      }
    }
    try {
      return Config.load(overrides, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
