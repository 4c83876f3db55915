package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input format from a (decompressed) stream and hands records and rejects to a sink. */
interface SourceReader {
  void read(InputStream in, RecordSink sink) throws IOException;
}
