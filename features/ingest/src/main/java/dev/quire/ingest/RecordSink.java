package dev.quire.ingest;

import dev.quire.paper.IncomingPaper;

/**
 * Receives what a source reader finds: good records and rejects, each with its location in the
 * file.
 */
interface RecordSink {
  void accept(IncomingPaper record);

  void reject(String location, String reason);
}
