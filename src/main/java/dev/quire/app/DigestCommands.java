package dev.quire.app;

import dev.quire.app.Main.UsageException;
import dev.quire.digest.DigestRun;
import dev.quire.digest.Digests;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code digest} command of the command line: {@code digest send} and {@code digest status}.
 */
final class DigestCommands {
  private static final List<String> OPTIONS = List.of("data", "config", "date");

  private DigestCommands() {}

  static int digest(Map<String, String> options, List<String> args, PrintStream out) {
    String sub = args.isEmpty() ? "" : args.get(0);
    if (args.size() != 1 || !(sub.equals("send") || sub.equals("status"))) {
      throw new UsageException(
          "usage: quire digest send [--date YYYY-MM-DD] | quire digest status");
    }
    Config config = config(options);
    try (Quire quire = Quire.open(config)) {
      Digests digests = quire.digests();
      if (sub.equals("status")) {
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
      LocalDate date =
          options.containsKey("date") ? date(options.get("date")) : digests.digestDate();
      out.println("digest run for " + date + ", mail to " + digests.mailDescription());
      out.println(quire.links().describe());
      for (String line : digests.run(date)) {
        out.println(line);
      }
      return 0;
    }
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be YYYY-MM-DD, e.g. 2026-08-21; got '" + raw + "'");
    }
  }

  private static Config config(Map<String, String> options) {
    Map<String, String> overrides = new HashMap<>();
    for (var e : options.entrySet()) {
      if (!OPTIONS.contains(e.getKey())) {
        throw new UsageException("unknown option --" + e.getKey());
      }
      if (!e.getKey().equals("date")) {
        overrides.put(e.getKey(), e.getValue());
      }
    }
    try {
      return Config.load(overrides, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
