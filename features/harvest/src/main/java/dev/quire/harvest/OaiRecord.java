package dev.quire.harvest;

import dev.quire.paper.Paper;
import java.util.List;

/**
 * One record of an OAI-PMH response.
 *
 * @param paperId normalised arXiv id from the header identifier
 * @param datestamp the header datestamp (last change of the record at arXiv)
 * @param setSpecs the sets the record belongs to
 * @param deleted whether the header says status="deleted" (then {@code paper} is null)
 * @param paper the metadata as a paper, null for deleted records
 */
record OaiRecord(
    String paperId, String datestamp, List<String> setSpecs, boolean deleted, Paper paper) {
  OaiRecord {
    setSpecs = List.copyOf(setSpecs);
  }
}
