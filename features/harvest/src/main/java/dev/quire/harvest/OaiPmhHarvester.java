package dev.quire.harvest;

import dev.quire.paper.IncomingPaper;
import dev.quire.paper.MergeCounts;
import dev.quire.paper.MergeQueue;
import dev.quire.paper.PaperStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests arXiv over OAI-PMH into the database: ListRecords page by page following resumption
 * tokens, each page's papers merged and stored before the next page's token is committed. A run
 * killed mid-way resumes from its last committed page (a page re-read after a crash merges to the
 * same rows, so there are neither duplicates nor gaps); a complete run remembers its date, from
 * which the next run continues.
 */
final class OaiPmhHarvester {
  private static final Logger LOG = LoggerFactory.getLogger(OaiPmhHarvester.class);
  private static final int MAX_REJECTS_KEPT = 100;

  private final OaiPmhClient client;
  private final PaperStore store;
  private final HarvestStateRepository states;
  private final HarvestLock lock;
  private final Clock clock;
  private final int pageAttempts;
  private final int batchSize;

  OaiPmhHarvester(
      OaiPmhClient client,
      PaperStore store,
      HarvestStateRepository states,
      Clock clock,
      int pageAttempts,
      int batchSize) {
    this.client = client;
    this.store = store;
    this.states = states;
    this.lock = new HarvestLock(states, clock);
    this.clock = clock;
    this.pageAttempts = pageAttempts;
    this.batchSize = batchSize;
  }

  /**
   * Runs one harvest of one set; throws {@link HarvestException} (recorded as the set's last error)
   * on failure.
   */
  HarvestResult harvest(HarvestRequest req, HarvestListener listener) {
    try (HarvestLock.Held held = lock.acquire()) {
      try {
        return run(req, listener, held);
      } catch (RuntimeException e) {
        String message =
            e instanceof HarvestException
                ? e.getMessage()
                : "stopped: " + PoliteHttpClient.describe(e);
        states.failRun(req.set(), req.metadataPrefix(), message, clock.instant());
        throw e;
      }
    }
  }

  private HarvestResult run(HarvestRequest req, HarvestListener listener, HarvestLock.Held held) {
    long start = System.nanoTime();
    String set = req.set();
    String prefix = req.metadataPrefix();
    HarvestState state = states.find(set, prefix).orElse(null);
    boolean resumed =
        req.from() == null && req.until() == null && state != null && state.unfinished();
    String from;
    String until;
    String token = null;
    String responseDate = null;
    if (resumed) {
      from = state.runFrom();
      until = state.runUntil();
      token = state.resumptionToken();
      responseDate = state.runResponseDate();
      listener.note(
          "resuming the unfinished harvest of "
              + req.setLabel()
              + " started "
              + state.runStartedAt()
              + (token == null
                  ? " from its first page"
                  : " after " + state.runRecords() + " records"));
    } else {
      from =
          req.from() != null
              ? req.from().toString()
              : day(state == null ? null : state.lastDatestamp());
      until = req.until() == null ? null : req.until().toString();
      states.startRun(set, prefix, from, until, clock.instant());
    }
    PageWriter writer = new PageWriter(store.queue(batchSize));
    int pages = 0;
    boolean savedTokenInUse = token != null;
    while (true) {
      OaiPmhResponseReader.Envelope env =
          fetchPage(prefix, set, from, until, token, writer, listener);
      writer.batch.flush();
      if (env.isError()) {
        if (env.errorCode().equals("noRecordsMatch")) {
          String date =
              responseDate != null
                  ? responseDate
                  : env.responseDate() != null ? env.responseDate() : clock.instant().toString();
          states.completeRun(set, prefix, completedAt(date, until), clock.instant());
          return result(req, resumed, pages, writer, pages == 0, start);
        }
        if (env.errorCode().equals("badResumptionToken") && savedTokenInUse) {
          listener.note(
              "the saved resumption token has expired; restarting the run from "
                  + (from == null ? "the beginning" : from));
          states.startRun(set, prefix, from, until, clock.instant());
          token = null;
          responseDate = null;
          savedTokenInUse = false;
          continue;
        }
        throw new OaiPmhException(
            env.errorCode(), env.errorMessage(), requestLine(prefix, set, from, until, token));
      }
      savedTokenInUse = false;
      if (responseDate == null) {
        responseDate = env.responseDate() != null ? env.responseDate() : clock.instant().toString();
      }
      pages++;
      ResumptionToken next = env.token();
      String nextToken = next != null && next.hasNext() ? next.value() : null;
      states.pageDone(
          set,
          prefix,
          nextToken,
          responseDate,
          writer.pageRecords,
          next == null ? null : next.completeListSize(),
          clock.instant());
      held.refresh();
      HarvestState now = states.find(set, prefix).orElseThrow();
      listener.pageCommitted(req.setLabel(), pages, now.runRecords(), now.completeListSize());
      writer.pageRecords = 0;
      if (nextToken == null) {
        states.completeRun(set, prefix, completedAt(responseDate, until), clock.instant());
        return result(req, resumed, pages, writer, false, start);
      }
      token = nextToken;
    }
  }

  private OaiPmhResponseReader.Envelope fetchPage(
      String prefix,
      String set,
      String from,
      String until,
      String token,
      PageWriter writer,
      HarvestListener listener) {
    for (int attempt = 1; ; attempt++) {
      try {
        return token == null
            ? client.listRecords(prefix, set.isEmpty() ? null : set, from, until, writer)
            : client.listRecords(token, writer);
      } catch (OaiPmhClient.TransientFetchException e) {
        if (attempt >= pageAttempts) {
          throw new HarvestException(
              "giving up after " + attempt + " attempts: " + e.getMessage(), e);
        }
        writer.batch
            .flush(); // what was read is stored; re-reading the page merges to the same rows
        writer.pageRecords = 0;
        listener.note(e.getMessage() + "; fetching the page again");
        LOG.warn(
            "{}; fetching the page again (attempt {} of {})",
            e.getMessage(),
            attempt + 1,
            pageAttempts);
      }
    }
  }

  /**
   * The date a complete run is remembered by: the first page's response date, or {@code until} when
   * earlier.
   */
  private static String completedAt(String responseDate, String until) {
    if (until != null && (responseDate == null || until.compareTo(day(responseDate)) < 0)) {
      return until;
    }
    return responseDate;
  }

  /**
   * The day of an OAI-PMH date ("2016-01-18T15:33:12Z" to "2016-01-18"); day granularity is always
   * supported.
   */
  static String day(String datestamp) {
    return datestamp == null || datestamp.length() < 10 ? datestamp : datestamp.substring(0, 10);
  }

  private String requestLine(String prefix, String set, String from, String until, String token) {
    List<String> parts = new ArrayList<>();
    if (token != null) {
      parts.add("resumptionToken=" + token);
    } else {
      parts.add("metadataPrefix=" + prefix);
      if (!set.isEmpty()) {
        parts.add("set=" + set);
      }
      if (from != null) {
        parts.add("from=" + from);
      }
      if (until != null) {
        parts.add("until=" + until);
      }
    }
    return "ListRecords " + String.join(" ", parts) + " at " + client.baseUrl();
  }

  private static HarvestResult result(
      HarvestRequest req,
      boolean resumed,
      int pages,
      PageWriter w,
      boolean nothingNew,
      long start) {
    MergeCounts b = w.batch.counts();
    return new HarvestResult(
        req.setLabel(),
        req.metadataPrefix(),
        resumed,
        pages,
        b.imported(),
        b.updated(),
        b.unchanged(),
        b.withdrawn(),
        b.withdrawalsOfUnknown(),
        w.rejected,
        w.rejects,
        nothingNew,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Stores the records of a page as they are parsed, deleted ones as withdrawals. */
  private static final class PageWriter implements OaiPmhResponseReader.RecordListener {
    final MergeQueue batch;
    final List<String> rejects = new ArrayList<>();
    long rejected;
    long pageRecords;

    PageWriter(MergeQueue batch) {
      this.batch = batch;
    }

    @Override
    public void record(OaiRecord record) {
      pageRecords++;
      if (record.deleted()) {
        batch.withdraw(record.paperId());
      } else {
        batch.add(IncomingPaper.of(record.paper()));
      }
    }

    @Override
    public void reject(String identifier, String reason) {
      rejected++;
      if (rejects.size() < MAX_REJECTS_KEPT) {
        rejects.add(identifier + ": " + reason);
      }
      LOG.warn("skipped record {}: {}", identifier, reason);
    }
  }
}
