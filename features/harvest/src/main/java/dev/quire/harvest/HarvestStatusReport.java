package dev.quire.harvest;

import java.util.List;
import java.util.Locale;

/**
 * Renders {@code quire harvest --status}: per set, the last datestamp, records harvested, last run,
 * last error.
 */
public final class HarvestStatusReport {
  private HarvestStatusReport() {}

  /** The report as lines of text; says so when nothing was harvested yet. */
  public static String render(List<HarvestState> states) {
    if (states.isEmpty()) {
      return "No harvest has run yet. Start one with: quire harvest --set cs (or --set all for all of arXiv)";
    }
    String nl = System.lineSeparator();
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-18s %-9s %-22s %12s  %-22s %s",
                "set",
                "format",
                "last datestamp",
                "records",
                "last run",
                "state"));
    for (HarvestState s : states) {
      sb.append(nl)
          .append(
              String.format(
                  Locale.ROOT,
                  "%-18s %-9s %-22s %,12d  %-22s %s",
                  s.setLabel(),
                  s.metadataPrefix(),
                  orDash(s.lastDatestamp()),
                  s.recordsHarvested(),
                  orDash(s.lastRunAt()),
                  state(s)));
    }
    return sb.toString();
  }

  private static String state(HarvestState s) {
    StringBuilder sb = new StringBuilder();
    if (s.unfinished()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "unfinished run (from %s, %,d records%s); the next run resumes it",
              orDash(s.runFrom()),
              s.runRecords(),
              s.completeListSize() == null
                  ? ""
                  : String.format(Locale.ROOT, " of %,d", s.completeListSize())));
    } else {
      sb.append(s.lastError() == null ? "ok" : "failed");
    }
    if (s.lastError() != null) {
      sb.append("; last error: ").append(s.lastError());
    }
    return sb.toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
