package dev.quire.harvest;

/**
 * What an OAI-PMH repository says of itself (verb Identify).
 *
 * @param repositoryName its name
 * @param baseUrl its base URL
 * @param granularity datestamp granularity: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ
 * @param earliestDatestamp the oldest datestamp it holds
 * @param deletedRecord how it reports deletions: no, transient or persistent
 */
record OaiIdentity(
    String repositoryName,
    String baseUrl,
    String granularity,
    String earliestDatestamp,
    String deletedRecord) {
  /** True when {@code from}/{@code until} may carry a time of day. */
  boolean secondsGranularity() {
    return granularity != null && granularity.contains("T");
  }
}
