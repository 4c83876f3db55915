package dev.quire.app;

import dev.quire.digest.DigestRun;
import dev.quire.digest.Digests;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code digest} command of the command line: {@code digest send} and {@code digest status}.
 */
final class DigestCommands {
  private DigestCommands() {}

  @Command(
      name = "digest",
      mixinStandardHelpOptions = true,
      description = "email digests: send | status",
      synopsisSubcommandLabel = "(send | status)",
      subcommands = {Send.class, Status.class})
  static final class Digest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      throw new UsageException(
          "usage: quire digest send [--date YYYY-MM-DD] | quire digest status");
    }
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description =
          "mail the digests of a day now (idempotent: a repeated run sends nothing twice)")
  static final class Send extends ConfiguredCommand {
    @Option(
        names = "--date",
        paramLabel = "DAY",
        description =
            "the day whose papers are mailed (default: as the schedule would, digest.day)")
    String date;

    @Override
    public Integer call() {
      LocalDate day = date == null ? null : date(date);
      PrintStream out = out();
      try (Quire quire = Quire.open(config())) {
        Digests digests = quire.digests();
        LocalDate d = day != null ? day : digests.digestDate();
        out.println("digest run for " + d + ", mail to " + digests.mailDescription());
        out.println(quire.links().describe());
        for (String line : digests.run(d)) {
          out.println(line);
        }
        return 0;
      }
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "subscribers, latest runs, sent and failed counts")
  static final class Status extends ConfiguredCommand {
    @Override
    public Integer call() {
      PrintStream out = out();
      try (Quire quire = Quire.open(config())) {
        Digests digests = quire.digests();
        out.println("mail: " + digests.mailDescription());
        out.println("subscriptions: " + digests.subscriptionRepository().countByStatus());
        out.println("messages: " + digests.outbox().countAllByStatus());
        for (DigestRun r : digests.outbox().latestRuns(10)) {
          out.println(
              r.key()
                  + " (last run "
                  + r.lastRunAt()
                  + "): "
                  + digests.outbox().countByStatus(r.key()));
        }
        return 0;
      }
    }
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be YYYY-MM-DD, e.g. 2026-08-21; got '" + raw + "'");
    }
  }
}
