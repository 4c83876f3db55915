package dev.quire.system;

import dev.quire.digest.DatabaseTopicMatcher;
import dev.quire.digest.Digests;
import dev.quire.harvest.HarvestStateRepository;
import dev.quire.harvest.Harvesting;
import dev.quire.harvest.Sleeper;
import dev.quire.ingest.Importer;
import dev.quire.ingest.ProgressListener;
import dev.quire.mail.MailSender;
import dev.quire.mail.MailSenders;
import dev.quire.paper.PaperRepository;
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
  private final Harvesting harvesting;
  private final Digests digests;

  private Quire(Config config, Database database, Clock clock, Sleeper sleeper, MailSender mail) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    this.papers = new PaperRepository(database.jdbi());
    this.harvesting =
        new Harvesting(
            config.harvest(), papers, new HarvestStateRepository(database.jdbi()), clock, sleeper);
    this.digests =
        new Digests(
            config.digest(),
            mail != null ? mail : MailSenders.create(config.mail(), config.dataDir(), clock),
            config.siteName(),
            config.publicUrl(),
            config.dataDir(),
            database.jdbi(),
            papers,
            new DatabaseTopicMatcher(database.jdbi()),
            clock);
  }

  /** Opens (and migrates) the configured database. */
  public static Quire open(Config config) {
    return open(config, Clock.systemUTC());
  }

  /** Opens the configured database with an explicit clock, for tests. */
  public static Quire open(Config config, Clock clock) {
    return new Quire(config, Database.open(config), clock, Sleeper.REAL, null);
  }

  /** Opens the configured database with an explicit clock and sleeper, so tests need not wait. */
  public static Quire open(Config config, Clock clock, Sleeper sleeper) {
    return new Quire(config, Database.open(config), clock, sleeper, null);
  }

  /**
   * Opens the configured database with an explicit clock and mail sender, so tests can watch or
   * break delivery.
   */
  public static Quire open(Config config, Clock clock, MailSender mail) {
    return new Quire(config, Database.open(config), clock, Sleeper.REAL, mail);
  }

  public Config config() {
    return config;
  }

  public PaperRepository papers() {
    return papers;
  }

  /** Harvesting from arXiv: OAI-PMH runs, papers added by id, daily-list submissions. */
  public Harvesting harvesting() {
    return harvesting;
  }

  /** Email digests: subscriptions, runs, the outbox and the scheduled job. */
  public Digests digests() {
    return digests;
  }

  /** An importer writing into this database, reporting to {@code progress}. */
  public Importer importer(ProgressListener progress) {
    return new Importer(papers, config.dataDir(), progress);
  }

  /** The web server, configured but not started. */
  public Javalin web() {
    return WebApp.create(config, papers, clock, harvesting.submission(), digests);
  }

  @Override
  public void close() {
    digests.close();
    database.close();
  }
}
