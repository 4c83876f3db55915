package dev.quire.system;

import dev.quire.ingest.Importer;
import dev.quire.ingest.ProgressListener;
import dev.quire.paper.PaperRepository;
import dev.quire.search.Embedder;
import dev.quire.search.OnnxEmbedder;
import dev.quire.search.SearchService;
import dev.quire.search.VectorRepository;
import dev.quire.web.WebApp;
import io.javalin.Javalin;
import java.time.Clock;

/**
 * The composition root: opens the database and wires repositories, jobs and the web server of one
 * process.
 */
public final class Quire implements AutoCloseable {
  private final Config config;
  private final Database database;
  private final PaperRepository papers;
  private final Clock clock;
  private SearchService search;

  private Quire(Config config, Database database, Clock clock) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    this.papers = new PaperRepository(database.jdbi());
  }

  /** Opens (and migrates) the configured database. */
  public static Quire open(Config config) {
    return open(config, Clock.systemUTC());
  }

  /** Opens the configured database with an explicit clock, for tests. */
  public static Quire open(Config config, Clock clock) {
    return new Quire(config, Database.open(config), clock);
  }

  public Config config() {
    return config;
  }

  public PaperRepository papers() {
    return papers;
  }

  /** An importer writing into this database, reporting to {@code progress}. */
  public Importer importer(ProgressListener progress) {
    return new Importer(papers, config.dataDir(), progress);
  }

  /**
   * The search service over the index in the data dir, opened on first use (with the embedding
   * model when semantic search is on); its background work starts with {@link
   * SearchService#start()}.
   */
  public synchronized SearchService search() {
    if (search == null) {
      openSearch(config.semanticSearch() ? OnnxEmbedder.load() : null);
    }
    return search;
  }

  /**
   * Opens the search service with this embedder (null: keywords only) instead of the configured
   * one; for tests and tools. Fails when it is already open.
   */
  public synchronized SearchService openSearch(Embedder embedder) {
    if (search != null) {
      throw new IllegalStateException("search is already open");
    }
    search =
        SearchService.open(
            papers,
            new VectorRepository(database.jdbi()),
            config.indexDir(),
            embedder,
            config.embedThreads(),
            line -> System.err.println("quire: " + line));
    return search;
  }

  /** The web server, configured but not started. */
  public Javalin web() {
    return WebApp.create(config, papers, search(), clock);
  }

  @Override
  public synchronized void close() {
    try {
      if (search != null) {
        search.close();
      }
    } finally {
      database.close();
    }
  }
}
