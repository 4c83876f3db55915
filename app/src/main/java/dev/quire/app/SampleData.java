package dev.quire.app;

import dev.quire.ingest.ConsoleProgress;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in first-run sample: the last weeks of real Hugging Face daily papers, shipped
 * compressed inside the jar ({@value #RESOURCE}) and imported when the database is empty.
 */
public final class SampleData {
  /** Classpath location of the sample: concatenated daily_papers responses, gzipped. */
  public static final String RESOURCE = "/sample/hf-daily-papers.json.gz";

  private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

  private SampleData() {}

  /**
   * Imports the sample when the database holds no paper and the config allows it; returns whether
   * it did.
   */
  public static boolean loadIfEmpty(Quire quire) {
    if (!quire.config().loadSampleWhenEmpty() || quire.papers().countPapers() > 0) {
      return false;
    }
    LOG.info("Empty database: importing the built-in sample of Hugging Face daily papers");
    ImportSummary summary =
        quire
            .importer(ConsoleProgress.forConsole(System.out))
            .importStream(
                RESOURCE,
                () -> SampleData.class.getResourceAsStream(RESOURCE),
                SourceFormat.HF_DAILY);
    LOG.info("{}", summary.describe().lines().findFirst().orElse(""));
    return true;
  }
}
