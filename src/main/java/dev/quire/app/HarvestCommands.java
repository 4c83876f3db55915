package dev.quire.app;

import dev.quire.app.Main.UsageException;
import dev.quire.harvest.AddResult;
import dev.quire.harvest.HarvestException;
import dev.quire.harvest.HarvestListener;
import dev.quire.harvest.HarvestRequest;
import dev.quire.harvest.HarvestStatusReport;
import dev.quire.harvest.Harvesting;
import dev.quire.paper.ArxivId;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code harvest} and {@code add} commands of the command line. */
final class HarvestCommands {
  private static final List<String> HARVEST_OPTIONS =
      List.of(
          "data",
          "config",
          "set",
          "from",
          "until",
          "format",
          "url",
          "delay",
          "status",
          "identify",
          "record");
  private static final List<String> ADD_OPTIONS = List.of("data", "config", "url", "delay");

  private HarvestCommands() {}

  static int harvest(
      Map<String, String> options, List<String> positional, PrintStream out, PrintStream err) {
    if (!positional.isEmpty()) {
      throw new UsageException(
          "harvest takes options only; got '"
              + positional.get(0)
              + "' (did you mean --set "
              + positional.get(0)
              + "?)");
    }
    Config config = config(options, HARVEST_OPTIONS, "harvest.url");
    try (Quire quire = Quire.open(config)) {
      Harvesting h = quire.harvesting();
      if (options.containsKey("status")) {
        out.println(HarvestStatusReport.render(h.status()));
        return 0;
      }
      if (options.containsKey("identify")) {
        out.println(h.identify());
        return 0;
      }
      String format = options.getOrDefault("format", config.harvest().metadataPrefix());
      if (options.containsKey("record")) {
        out.println(h.fetchRecord(arxivId(options.get("record")), format));
        return 0;
      }
      List<String> sets =
          options.containsKey("set")
              ? Arrays.stream(options.get("set").split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList()
              : config.harvest().sets();
      if (sets.isEmpty()) {
        throw new UsageException(
            "harvest needs --set (e.g. --set cs, --set physics:hep-th, or --set all for all"
                + " of arXiv) or harvest.sets in the config");
      }
      List<HarvestRequest> requests = sets.stream().map(s -> request(s, format, options)).toList();
      int failures = 0;
      for (HarvestRequest req : requests) {
        try {
          out.println(h.harvest(req, console(err)).describe());
        } catch (HarvestException e) {
          err.println("quire: harvest of set " + req.setLabel() + " failed: " + e.getMessage());
          failures++;
        }
      }
      return failures == 0 ? 0 : 1;
    }
  }

  static int add(Map<String, String> options, List<String> ids, PrintStream out) {
    if (ids.isEmpty()) {
      throw new UsageException("add needs at least one arXiv id, e.g. quire add 2504.08385");
    }
    List<String> normalised = ids.stream().map(HarvestCommands::arxivId).toList();
    Config config = config(options, ADD_OPTIONS, "arxiv.api.url");
    try (Quire quire = Quire.open(config)) {
      AddResult r = quire.harvesting().add(normalised);
      out.println(r.describe());
      return r.notFound().isEmpty() ? 0 : 1;
    }
  }

  static int number(Map<String, String> options, String name, int defaultValue) {
    String v = options.get(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new UsageException("--" + name + " must be a whole number >= 1; got '" + v + "'");
  }

  private static HarvestRequest request(String set, String format, Map<String, String> options) {
    try {
      return HarvestRequest.parse(set, format, options.get("from"), options.get("until"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String arxivId(String raw) {
    return ArxivId.parse(raw)
        .orElseThrow(
            () ->
                new UsageException(
                    "not an arXiv id: '" + raw + "' (expected e.g. 2504.08385 or hep-th/9901001)"));
  }

  private static Config config(Map<String, String> options, List<String> allowed, String urlKey) {
    Map<String, String> overrides = new HashMap<>();
    for (var e : options.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new UsageException("unknown option --" + e.getKey());
      }
      switch (e.getKey()) {
        case "data", "config" -> overrides.put(e.getKey(), e.getValue());
        case "url" -> overrides.put(urlKey, e.getValue());
        case "delay" -> overrides.put("harvest.delay", e.getValue());
        default -> {}
      }
    }
    try {
      return Config.load(overrides, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static HarvestListener console(PrintStream err) {
    return new HarvestListener() {
      @Override
      public void pageCommitted(String set, int page, long runRecords, Long completeListSize) {
        err.println(
            String.format(
                Locale.ROOT,
                "%s: page %d stored, %,d records%s",
                set,
                page,
                runRecords,
                completeListSize == null
                    ? ""
                    : String.format(Locale.ROOT, " of %,d", completeListSize)));
      }

      @Override
      public void note(String message) {
        err.println("quire: " + message);
      }
    };
  }
}
