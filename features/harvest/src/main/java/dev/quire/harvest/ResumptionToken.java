package dev.quire.harvest;

/**
 * The paging token at the end of a ListRecords page; an empty value means the list is complete.
 *
 * @param value the token to send for the next page, null or empty on the last page
 * @param completeListSize records in the whole list when the repository says, else null
 * @param cursor index of this page's first record when the repository says, else null
 */
record ResumptionToken(String value, Long completeListSize, Long cursor) {
  /** True when there is a next page to fetch. */
  boolean hasNext() {
    return value != null && !value.isBlank();
  }
}
