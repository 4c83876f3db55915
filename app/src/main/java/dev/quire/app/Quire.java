package dev.quire.app;

import dev.quire.account.Accounts;
import dev.quire.account.ApiTokenRepository;
import dev.quire.account.ApiTokens;
import dev.quire.account.PasswordHasher;
import dev.quire.account.SessionRepository;
import dev.quire.account.UserRepository;
import dev.quire.collection.CollectionRepository;
import dev.quire.collection.Collections;
import dev.quire.comment.CommentRepository;
import dev.quire.comment.Comments;
import dev.quire.digest.DatabaseTopicMatcher;
import dev.quire.digest.Digests;
import dev.quire.harvest.HarvestStateRepository;
import dev.quire.harvest.Harvesting;
import dev.quire.harvest.Sleeper;
import dev.quire.ingest.Importer;
import dev.quire.ingest.ProgressListener;
import dev.quire.mail.MailSender;
import dev.quire.mail.MailSenders;
import dev.quire.mail.PublicLinks;
import dev.quire.mydata.AccountData;
import dev.quire.mydata.AccountDataRepository;
import dev.quire.paper.DailyList;
import dev.quire.paper.DailyListRepository;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.OnnxEmbedder;
import dev.quire.search.embed.VectorRepository;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.system.ChangeFeed;
import dev.quire.system.Database;
import dev.quire.system.RateLimiters;
import dev.quire.vote.VoteRepository;
import dev.quire.vote.Votes;
import dev.quire.web.WebApp;
import dev.quire.web.WebServices;
import io.javalin.Javalin;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The composition root: opens the database and wires repositories, jobs and the web server of one
 * process.
 */
public final class Quire implements AutoCloseable {
  private final Config config;
  private final Database database;
  private final PaperRepository papers;
  private final PaperStore paperStore;
  private final Accounts accounts;
  private final ApiTokens apiTokens;
  private final Votes votes;
  private final Comments comments;
  private final Collections collections;
  private final Clock clock;
  private final Harvesting harvesting;
  private LuceneSearch search;
  private dev.quire.search.solr.SolrPaperSearch solrSearch;
  private org.apache.solr.client.solrj.impl.CloudSolrClient solrClient;
  private final Digests digests;
  private final PublicLinks links;
  private final dev.quire.foryou.ForYouServices forYou;
  private SolrNode solr;
  private final NodeReadiness readiness;
  private final RateLimiters limits;
  private final ChangeFeed changeFeed;
  private final String node = dev.quire.system.NodeName.next();
  private final dev.quire.system.ClusterJobs jobs;
  private final java.util.Deque<AutoCloseable> closeFirst = new java.util.ArrayDeque<>();

  private Quire(Config config, Database database, Clock clock, Sleeper sleeper, MailSender mail) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    Jdbi jdbi = database.jdbi();
    this.limits = RateLimiters.forDatabase(database, clock);
    this.papers = new PaperRepository(jdbi);
    this.paperStore = new PaperStore(jdbi, papers);
    MailSender outgoing =
        mail != null ? mail : MailSenders.create(config.mail(), config.dataDir(), clock);
    this.links = PublicLinks.of(config.baseUrl(), config.host(), config.port());
    this.apiTokens = new ApiTokens(new ApiTokenRepository(jdbi), clock);
    this.accounts =
        new Accounts(
            new UserRepository(jdbi),
            new SessionRepository(jdbi),
            apiTokens,
            PasswordHasher.OWASP,
            outgoing,
            links,
            limits);
    this.votes = new Votes(new VoteRepository(jdbi, paperStore), papers, clock);
    this.comments = new Comments(new CommentRepository(jdbi, paperStore), papers, limits);
    this.collections = new Collections(new CollectionRepository(jdbi), papers, clock);
    this.harvesting =
        new Harvesting(
            config.harvest(), papers, paperStore, new HarvestStateRepository(jdbi), clock, sleeper);
    this.digests =
        new Digests(
            config.digest(),
            outgoing,
            config.siteName(),
            links,
            config.dataDir(),
            jdbi,
            papers,
            new DatabaseTopicMatcher(jdbi),
            clock,
            this::forYouPicks);
    this.forYou =
        dev.quire.foryou.ForYouServices.create(
            jdbi, papers, new VectorRepository(jdbi), () -> search().model(), clock);
    this.readiness = new NodeReadiness(database, this::search);
    this.changeFeed = ChangeFeed.forDatabase(database);
    ClusterCaches.connect(changeFeed, papers.changes(), accounts, votes);
    changeFeed.subscribe(VECTORS_TOPIC, this::vectorsStoredElsewhere);
    this.jobs = dev.quire.system.ClusterJobs.on(database, node, config.jobsPoll());
    closeFirst(jobs);
  }

  /** The change feed's topic of vectors stored (payload: paper ids, comma-separated). */
  static final String VECTORS_TOPIC = "vectors";

  /** Another node stored vectors: this node's index takes them (when search is open here). */
  private void vectorsStoredElsewhere(String payload) {
    LuceneSearch open;
    synchronized (this) {
      open = search;
    }
    if (open != null && !payload.isEmpty()) {
      open.vectorsStored(java.util.List.of(payload.split(",")));
    }
  }

  /** Tells the other nodes that vectors of these papers were stored (an embedding worker). */
  public void announceVectors(java.util.List<String> ids) {
    changeFeed.publish(VECTORS_TOPIC, String.join(",", ids));
  }

  /** The database this Quire runs on. */
  public Database database() {
    return database;
  }

  /** Opens (and migrates) the configured database. */
  public static Quire open(Config config) {
    return open(config, Clock.systemUTC());
  }

  /** Opens the configured database with an explicit clock, for tests. */
  public static Quire open(Config config, Clock clock) {
    return new Quire(config, Database.open(config.database()), clock, Sleeper.REAL, null);
  }

  /** Opens the configured database with an explicit clock and sleeper, so tests need not wait. */
  public static Quire open(Config config, Clock clock, Sleeper sleeper) {
    return new Quire(config, Database.open(config.database()), clock, sleeper, null);
  }

  /**
   * Opens the configured database with an explicit clock and mail sender, so tests can watch or
   * break delivery.
   */
  public static Quire open(Config config, Clock clock, MailSender mail) {
    return new Quire(config, Database.open(config.database()), clock, Sleeper.REAL, mail);
  }

  public Config config() {
    return config;
  }

  public PaperRepository papers() {
    return papers;
  }

  /** The one write path of papers; it announces every committed change. */
  public PaperStore paperStore() {
    return paperStore;
  }

  /** The base URL of links in mail: base.url, or derived from the bind address and port. */
  public PublicLinks links() {
    return links;
  }

  /** Harvesting from arXiv: OAI-PMH runs, papers added by id, daily-list submissions. */
  public Harvesting harvesting() {
    return harvesting;
  }

  /** Accounts: sign-up, sessions, verification, reset, roles. */
  public Accounts accounts() {
    return accounts;
  }

  /** API tokens. */
  public ApiTokens apiTokens() {
    return apiTokens;
  }

  /** Upvotes of this site's users. */
  public Votes votes() {
    return votes;
  }

  /** The discussion under papers. */
  public Comments comments() {
    return comments;
  }

  /** Named lists of papers kept by users. */
  public Collections collections() {
    return collections;
  }

  /** Email digests: subscriptions, runs, the outbox and the scheduled job. */
  public Digests digests() {
    return digests;
  }

  /** For you, follows, the inbox, onboarding and private feeds. */
  public dev.quire.foryou.ForYouServices forYou() {
    return forYou;
  }

  /** The "For you" section of a reader's digest: their ranked papers, none without positives. */
  private java.util.List<dev.quire.digest.PersonalPicks.Pick> forYouPicks(
      String userId, java.time.LocalDate from, java.time.LocalDate toExclusive, int limit) {
    dev.quire.foryou.ForYou f = forYou.forYou();
    if (f.positiveCount(userId) == 0) {
      return java.util.List.of();
    }
    dev.quire.paper.Period.Kind kind =
        toExclusive.equals(from.plusDays(1))
            ? dev.quire.paper.Period.Kind.DAY
            : dev.quire.paper.Period.Kind.WEEK;
    return f.papersFor(userId, new dev.quire.paper.Period(kind, from, toExclusive), limit).stream()
        .map(
            s ->
                new dev.quire.digest.PersonalPicks.Pick(
                    s.paperId(),
                    String.join("; ", s.reasons().stream().map(r -> r.text()).toList())))
        .toList();
  }

  /** An importer writing into this database, reporting to {@code progress}. */
  public Importer importer(ProgressListener progress) {
    return new Importer(paperStore, config.dataDir(), progress);
  }

  /**
   * The search service over the index in the data dir, opened on first use (with the embedding
   * model when semantic search is on); its background work starts with {@link
   * LuceneSearch#start()}.
   */
  public synchronized LuceneSearch search() {
    if (search == null) {
      openSearch(config.semanticSearch() ? OnnxEmbedder.load() : null);
    }
    return search;
  }

  /**
   * Opens the search service with this embedder (null: keywords only) instead of the configured
   * one; for tests and tools. Fails when it is already open.
   */
  public synchronized LuceneSearch openSearch(Embedder embedder) {
    if (search != null) {
      throw new IllegalStateException("search is already open");
    }
    search =
        LuceneSearch.open(
            papers,
            new VectorRepository(database.jdbi()),
            config.indexDir(),
            embedder,
            new dev.quire.search.embed.EmbeddingJob.Options(
                node, config.embed(), config.embedThreads(), this::announceVectors),
            line -> System.err.println("quire: " + line));
    return search;
  }

  /** This process's link to SolrCloud (search.engine=solr), opened on first use. */
  public synchronized SolrNode solr() {
    if (solr == null) {
      solr = new SolrNode(config.solr(), database.jdbi(), papers, config.semanticSearch());
    }
    return solr;
  }

  /**
   * The search engine the site answers from: SolrCloud when {@code search.engine=solr}, else the
   * embedded index ({@link #search()}).
   */
  public synchronized dev.quire.search.PaperSearch paperSearch() {
    if (!config.solr().solr()) {
      return search();
    }
    if (solrSearch == null) {
      openSolrSearch(config.semanticSearch() ? OnnxEmbedder.load() : null);
    }
    return solrSearch;
  }

  /**
   * Opens search on the configured SolrCloud with this embedder (null: keywords only) instead of
   * the configured one; for tests and tools. Fails when it is already open.
   */
  public synchronized dev.quire.search.solr.SolrPaperSearch openSolrSearch(Embedder embedder) {
    if (solrSearch != null) {
      throw new IllegalStateException("search is already open");
    }
    solrClient = solr().client(); // one client per process, shared with the sync
    solrSearch =
        new dev.quire.search.solr.SolrPaperSearch(
            papers,
            new VectorRepository(database.jdbi()),
            solrClient,
            embedder,
            dev.quire.search.Fusion.standard());
    return solrSearch;
  }

  /** The web server, configured but not started. */
  public Javalin web() {
    return WebApp.create(
        config.web(),
        new WebServices(
            papers,
            accounts,
            apiTokens,
            votes,
            comments,
            collections,
            harvesting.submission(),
            paperSearch(),
            digests,
            links,
            new DailyList(new DailyListRepository(database.jdbi()), config.dailyFeaturedOnly()),
            forYou,
            new AccountData(
                new AccountDataRepository(database.jdbi(), paperStore), papers, collections, clock),
            paperStore),
        clock,
        readiness,
        limits);
  }

  /**
   * The jobs that run once per cluster (daily harvest, digests): register them, then start; they
   * stop when this Quire closes.
   */
  public dev.quire.system.ClusterJobs jobs() {
    return jobs;
  }

  /** This process's name in the database's claims and job rows: host, process id and a nonce. */
  public String node() {
    return node;
  }

  /** This node's answer to {@code /readyz}; {@code drain()} turns it 503 (SIGTERM). */
  NodeReadiness readiness() {
    return readiness;
  }

  /**
   * Has {@code part} (a job, a claim holder) closed when this Quire closes, before search and the
   * database, the last registered first: draining a node (SIGTERM) releases its claims this way.
   */
  public synchronized void closeFirst(AutoCloseable part) {
    closeFirst.push(part);
  }

  @Override
  public synchronized void close() {
    while (!closeFirst.isEmpty()) {
      try {
        closeFirst.pop().close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(Quire.class)
            .warn("closing a part before the database failed: {}", e.toString());
      }
    }
    changeFeed.close();
    try {
      if (search != null) {
        search.close();
      }
      if (solrSearch != null) {
        solrSearch.close();
      }
      if (solr != null) {
        solr.close(); // and the client solrSearch used
      }
      digests.close();
    } finally {
      database.close();
    }
  }
}
