package dev.quire.harvest;

/**
 * What is remembered of harvesting one OAI-PMH set in one metadata format.
 *
 * @param setSpec the set, '' for all of arXiv
 * @param metadataPrefix the metadata format
 * @param lastDatestamp responseDate of the last complete run, the next run's {@code from}; null
 *     before the first
 * @param runStartedAt when the unfinished run started, null when no run is unfinished
 * @param resumptionToken the next page of the unfinished run, null when none or before its second
 *     page
 * @param runFrom {@code from} of the unfinished run
 * @param runUntil {@code until} of the unfinished run
 * @param runResponseDate responseDate of the unfinished run's first page
 * @param runRecords records in the committed pages of the unfinished run
 * @param recordsHarvested records harvested in all runs
 * @param completeListSize records the repository announced for the current or last run, when it
 *     said
 * @param lastRunAt when the last run ended or last committed a page
 * @param lastError why the last run failed, null when it did not
 */
public record HarvestState(
    String setSpec,
    String metadataPrefix,
    String lastDatestamp,
    String runStartedAt,
    String resumptionToken,
    String runFrom,
    String runUntil,
    String runResponseDate,
    long runRecords,
    long recordsHarvested,
    Long completeListSize,
    String lastRunAt,
    String lastError) {

  /** True when a run stopped before its last page and the next run resumes it. */
  public boolean unfinished() {
    return runStartedAt != null;
  }

  /** The set as users write it: 'all' for the whole repository. */
  public String setLabel() {
    return setSpec.isEmpty() ? HarvestRequest.ALL : setSpec;
  }
}
