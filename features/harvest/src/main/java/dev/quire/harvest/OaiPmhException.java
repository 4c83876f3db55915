package dev.quire.harvest;

/**
 * An OAI-PMH error the repository answered with (badArgument, badResumptionToken, ...), which ends
 * the run.
 */
public final class OaiPmhException extends HarvestException {
  private static final long serialVersionUID = 1L;
  private final String code;

  OaiPmhException(String code, String detail, String request) {
    super(
        "the OAI-PMH repository answered "
            + code
            + (detail == null || detail.isBlank() ? "" : ": " + detail.strip())
            + " (request: "
            + request
            + ")"
            + hint(code));
    this.code = code;
  }

  /** The OAI-PMH error code, e.g. badArgument. */
  public String code() {
    return code;
  }

  private static String hint(String code) {
    return switch (code) {
      case "cannotDisseminateFormat" ->
          "; use one of the formats arXiv offers: arXiv, arXivRaw or oai_dc";
      case "badResumptionToken" ->
          "; the paging token expired, run the harvest again to restart from its first page";
      case "badArgument" ->
          "; check the set name (e.g. cs, math, physics:hep-th) and the dates (YYYY-MM-DD)";
      case "noSetHierarchy" -> "; this repository has no sets, harvest without --set";
      default -> "";
    };
  }
}
