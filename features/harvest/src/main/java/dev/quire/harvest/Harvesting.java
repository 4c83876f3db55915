package dev.quire.harvest;

import dev.quire.paper.ArxivId;
import dev.quire.paper.IncomingPaper;
import dev.quire.paper.MergeCounts;
import dev.quire.paper.MergeQueue;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBatch;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entry point to getting papers from arXiv, wired once per process by {@code Quire}: OAI-PMH
 * harvests, their status, single records, papers added by id through the Atom API, and daily-list
 * submissions.
 */
public final class Harvesting {
  private final HarvestSettings settings;
  private final PaperStore store;
  private final HarvestStateRepository states;
  private final OaiPmhClient oai;
  private final OaiPmhHarvester harvester;
  private final ArxivAtomClient atom;
  private final DailySubmission submission;
  private final Clock clock;

  /**
   * Harvesting into {@code papers} with these settings; {@code sleeper} does the polite waiting.
   */
  public Harvesting(
      HarvestSettings settings,
      PaperRepository papers,
      PaperStore store,
      HarvestStateRepository states,
      Clock clock,
      Sleeper sleeper) {
    this(settings, papers, store, states, clock, sleeper, PaperBatch.DEFAULT_SIZE);
  }

  Harvesting(
      HarvestSettings settings,
      PaperRepository papers,
      PaperStore store,
      HarvestStateRepository states,
      Clock clock,
      Sleeper sleeper,
      int batchSize) {
    this.settings = settings;
    this.store = store;
    this.states = states;
    this.clock = clock;
    PoliteHttpClient.Politeness rules =
        new PoliteHttpClient.Politeness(
            settings.requestInterval(),
            settings.maxAttempts(),
            settings.retryBackoff(),
            settings.maxRetryAfter());
    this.oai = new OaiPmhClient(settings.oaiUrl(), new PoliteHttpClient(rules, clock, sleeper));
    this.harvester =
        new OaiPmhHarvester(oai, store, states, clock, settings.maxAttempts(), batchSize);
    this.atom =
        new ArxivAtomClient(settings.atomApiUrl(), new PoliteHttpClient(rules, clock, sleeper));
    this.submission = new DailySubmission(papers, store, atom, clock);
  }

  public HarvestSettings settings() {
    return settings;
  }

  /** Harvests one set; see {@link HarvestRequest}. */
  public HarvestResult harvest(HarvestRequest request, HarvestListener listener) {
    return harvester.harvest(request, listener);
  }

  /**
   * Harvests each configured set in turn; a failing set is reported in its state and the others
   * still run.
   */
  public List<String> harvestConfiguredSets(HarvestListener listener) {
    List<String> lines = new ArrayList<>();
    for (String set : settings.sets()) {
      try {
        lines.add(
            harvest(HarvestRequest.parse(set, settings.metadataPrefix(), null, null), listener)
                .describe());
      } catch (HarvestException e) {
        lines.add("Harvest of set " + set + " failed: " + e.getMessage());
      }
    }
    return lines;
  }

  /** What the OAI-PMH repository says of itself (verb Identify), as lines for the terminal. */
  public String identify() {
    OaiPmhResponseReader.Envelope env = oai.identify();
    if (env.isError()) {
      throw new OaiPmhException(
          env.errorCode(), env.errorMessage(), "Identify at " + oai.baseUrl());
    }
    OaiIdentity id = env.identity();
    if (id == null) {
      throw new HarvestException(oai.baseUrl() + " answered Identify without an Identify element");
    }
    return String.format(
        Locale.ROOT,
        "Repository: %s%nBase URL: %s%nGranularity: %s%nEarliest datestamp: %s%n"
            + "Deleted records: %s",
        id.repositoryName(),
        id.baseUrl(),
        id.granularity(),
        id.earliestDatestamp(),
        id.deletedRecord());
  }

  /**
   * Fetches one record by verb GetRecord (e.g. in arXivRaw for its version history) and stores it.
   */
  public String fetchRecord(String rawId, String metadataPrefix) {
    String id = ArxivId.normalize(rawId);
    HarvestRequest format = HarvestRequest.parse(HarvestRequest.ALL, metadataPrefix, null, null);
    List<OaiRecord> got = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    OaiPmhResponseReader.Envelope env =
        oai.getRecord(
            id,
            format.metadataPrefix(),
            new OaiPmhResponseReader.RecordListener() {
              @Override
              public void record(OaiRecord record) {
                got.add(record);
              }

              @Override
              public void reject(String identifier, String reason) {
                problems.add(reason);
              }
            });
    if (env.isError()) {
      throw new OaiPmhException(
          env.errorCode(), env.errorMessage(), "GetRecord " + id + " at " + oai.baseUrl());
    }
    if (got.isEmpty()) {
      throw new HarvestException(
          "record " + id + " could not be read: " + String.join("; ", problems));
    }
    MergeQueue queue = store.queue();
    for (OaiRecord r : got) {
      if (r.deleted()) {
        queue.withdraw(r.paperId());
      } else {
        queue.add(IncomingPaper.of(r.paper()));
      }
    }
    queue.flush();
    MergeCounts merged = queue.counts();
    OaiRecord r = got.get(0);
    return r.deleted()
        ? "Paper "
            + id
            + " is deleted at arXiv"
            + (merged.withdrawn() > 0 ? "; marked withdrawn." : ".")
        : "Paper "
            + id
            + (merged.imported() > 0 ? " added" : merged.updated() > 0 ? " updated" : " unchanged")
            + ": "
            + r.paper().title();
  }

  /**
   * Fetches papers by arXiv id (several at once, batched) through the arXiv Atom API and stores
   * them.
   */
  public AddResult add(List<String> rawIds) {
    Set<String> ids = new LinkedHashSet<>();
    for (String raw : rawIds) {
      ids.add(ArxivId.normalize(raw));
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("give at least one arXiv id, e.g. 2504.08385");
    }
    ArxivAtomParser.Feed feed = atom.fetch(List.copyOf(ids));
    MergeQueue queue = store.queue();
    List<String> notFound = new ArrayList<>();
    for (String id : ids) {
      Paper p = feed.papers().get(id);
      if (p == null) {
        notFound.add(id);
      } else {
        queue.add(IncomingPaper.of(p));
      }
    }
    queue.flush();
    MergeCounts merged = queue.counts();
    return new AddResult(
        merged.imported(), merged.updated(), merged.unchanged(), notFound, feed.errors());
  }

  /** The daily-list submission service. */
  public DailySubmission submission() {
    return submission;
  }

  /** The state of every set harvested so far. */
  public List<HarvestState> status() {
    return states.all();
  }

  /**
   * The scheduled job of {@code quire serve}, not started; null when {@code harvest.daily.at} is
   * off.
   */
  public HarvestJob job() {
    return settings.dailyAt() == null ? null : new HarvestJob(this, settings.dailyAt(), clock);
  }
}
