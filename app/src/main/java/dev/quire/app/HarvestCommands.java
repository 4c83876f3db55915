package dev.quire.app;

import dev.quire.harvest.AddResult;
import dev.quire.harvest.HarvestException;
import dev.quire.harvest.HarvestListener;
import dev.quire.harvest.HarvestRequest;
import dev.quire.harvest.HarvestStatusReport;
import dev.quire.harvest.Harvesting;
import dev.quire.paper.ArxivId;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code harvest} and {@code add} commands of the command line. */
final class HarvestCommands {
  private HarvestCommands() {}

  @Command(
      name = "harvest",
      mixinStandardHelpOptions = true,
      description = {
        "harvest arXiv over OAI-PMH, incrementally (resumes an interrupted run);",
        "with --status, --identify or --record: report instead of harvesting"
      })
  static final class Harvest extends ConfiguredCommand {
    @Option(
        names = "--set",
        paramLabel = "S[,S...]",
        description = "sets: cs, math, physics:hep-th, ... or all (default: harvest.sets)")
    String set;

    @Option(
        names = "--from",
        paramLabel = "DAY",
        description = "start at this datestamp (YYYY-MM-DD) instead of where the last run ended")
    String from;

    @Option(names = "--until", paramLabel = "DAY", description = "stop at this datestamp")
    String until;

    @Option(
        names = "--format",
        paramLabel = "F",
        description = "arXiv (default: harvest.format) | arXivRaw (version history) | oai_dc")
    String format;

    @Option(
        names = "--url",
        paramLabel = "URL",
        description = "OAI-PMH base URL (sets harvest.url; default https://oaipmh.arxiv.org/oai)")
    String url;

    @Option(
        names = "--delay",
        paramLabel = "SECONDS",
        description = "pause between requests (sets harvest.delay; default 3, arXiv's limit)")
    String delay;

    @Option(
        names = "--status",
        description = "per set: last datestamp, records harvested, last run, last error")
    boolean status;

    @Option(names = "--identify", description = "what the OAI-PMH repository says of itself")
    boolean identify;

    @Option(
        names = "--record",
        paramLabel = "ID",
        description = "fetch one paper by OAI-PMH GetRecord (with --format arXivRaw: all versions)")
    String record;

    @Parameters(hidden = true, arity = "0..*")
    List<String> positional = new ArrayList<>();

    @Override
    public Integer call() {
      if (!positional.isEmpty()) {
        throw new UsageException(
            "harvest takes options only; got '"
                + positional.get(0)
                + "' (did you mean --set "
                + positional.get(0)
                + "?)");
      }
      Map<String, String> more = new HashMap<>();
      if (url != null) {
        more.put("harvest.url", url);
      }
      if (delay != null) {
        more.put("harvest.delay", delay);
      }
      Config config = config(more);
      PrintStream out = out();
      try (Quire quire = Quire.open(config)) {
        Harvesting h = quire.harvesting();
        if (status) {
          out.println(HarvestStatusReport.render(h.status()));
          return 0;
        }
        if (identify) {
          out.println(h.identify());
          return 0;
        }
        String prefix = format != null ? format : config.harvest().metadataPrefix();
        if (record != null) {
          out.println(h.fetchRecord(arxivId(record), prefix));
          return 0;
        }
        List<String> sets =
            set != null
                ? Arrays.stream(set.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()
                : config.harvest().sets();
        if (sets.isEmpty()) {
          throw new UsageException(
              "harvest needs --set (e.g. --set cs, --set physics:hep-th, or --set all for all"
                  + " of arXiv) or harvest.sets in the config");
        }
        List<HarvestRequest> requests =
            sets.stream().map(s -> request(s, prefix, from, until)).toList();
        int failures = 0;
        for (HarvestRequest req : requests) {
          try {
            out.println(h.harvest(req, console(err())).describe());
          } catch (HarvestException e) {
            err().println("quire: harvest of set " + req.setLabel() + " failed: " + e.getMessage());
            failures++;
          }
        }
        return failures == 0 ? 0 : 1;
      }
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "fetch papers by arXiv id from the arXiv API (one request for up to 100 ids)")
  static final class Add extends ConfiguredCommand {
    @Option(names = "--url", paramLabel = "URL", description = "arXiv API URL (sets arxiv.api.url)")
    String url;

    @Option(
        names = "--delay",
        paramLabel = "SECONDS",
        description = "pause between requests (sets harvest.delay)")
    String delay;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "arXiv ids, e.g. 2504.08385")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
      if (ids.isEmpty()) {
        throw new UsageException("add needs at least one arXiv id, e.g. quire add 2504.08385");
      }
      List<String> normalised = ids.stream().map(HarvestCommands::arxivId).toList();
      Map<String, String> more = new HashMap<>();
      if (url != null) {
        more.put("arxiv.api.url", url);
      }
      if (delay != null) {
        more.put("harvest.delay", delay);
      }
      try (Quire quire = Quire.open(config(more))) {
        AddResult r = quire.harvesting().add(normalised);
        out().println(r.describe());
        return r.notFound().isEmpty() ? 0 : 1;
      }
    }
  }

  private static HarvestRequest request(String set, String format, String from, String until) {
    try {
      return HarvestRequest.parse(set, format, from, until);
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
