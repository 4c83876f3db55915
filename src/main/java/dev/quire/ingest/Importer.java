package dev.quire.ingest;

import dev.quire.paper.PaperRepository;
import java.nio.file.Path;
import java.util.List;

/** Imports papers from files into the database: streaming, batched, idempotent, with rejects reported. */
public final class Importer {
  public Importer(PaperRepository papers, Path dataDir, ProgressListener progress) {}

  /** Imports every file (directories are walked); {@code format} null means detect per file. */
  public ImportSummary importPaths(List<Path> paths, SourceFormat format) {
    throw new UnsupportedOperationException("TODO");
  }
}
