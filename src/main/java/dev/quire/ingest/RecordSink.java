package dev.quire.ingest;

/**
 * Receives what a source reader finds: good records and rejects, each with its location in the
 * file.
 */
interface RecordSink {
  void accept(ImportRecord record);

  void reject(String location, String reason);
}
