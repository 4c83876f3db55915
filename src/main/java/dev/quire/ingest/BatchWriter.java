package dev.quire.ingest;

import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperMerger;
import dev.quire.paper.PaperRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects records and writes them in batches, one transaction each: reads what is stored for the
 * batch, merges, and writes only what changed, counting imported, updated and unchanged records.
 */
public final class BatchWriter {
  /** Records per transaction unless a writer is made with another size. */
  public static final int BATCH_SIZE = 1000;

  private final PaperRepository papers;
  private final int batchSize;
  private final List<ImportRecord> pending = new ArrayList<>(BATCH_SIZE);
  private final Set<String> pendingWithdrawals = new LinkedHashSet<>();
  private long imported;
  private long updated;
  private long unchanged;
  private long withdrawn;
  private long withdrawalsOfUnknown;

  /** A writer into {@code papers} with batches of {@link #BATCH_SIZE}. */
  public BatchWriter(PaperRepository papers) {
    this(papers, BATCH_SIZE);
  }

  /** A writer into {@code papers} with batches of {@code batchSize} records. */
  public BatchWriter(PaperRepository papers, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    this.papers = papers;
    this.batchSize = batchSize;
  }

  /** Queues a record; writes the batch when full. Returns true when a batch was written. */
  public boolean add(ImportRecord record) {
    pending.add(record);
    return flushIfFull();
  }

  /**
   * Queues the withdrawal of a paper (arXiv deleted it): a stored paper is kept and marked
   * withdrawn; an unknown one is only counted. Returns true when a batch was written.
   */
  public boolean withdraw(String paperId) {
    pendingWithdrawals.add(paperId);
    return flushIfFull();
  }

  private boolean flushIfFull() {
    if (pending.size() + pendingWithdrawals.size() >= batchSize) {
      flush();
      return true;
    }
    return false;
  }

  /** Writes whatever is queued. */
  public void flush() {
    if (pending.isEmpty() && pendingWithdrawals.isEmpty()) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    pending.forEach(r -> ids.add(r.paper().id()));
    ids.addAll(pendingWithdrawals);
    Map<String, Paper> current = new HashMap<>(papers.findAll(ids));
    Map<String, Map<LocalDate, DailyEntry>> currentEntries = new HashMap<>();
    papers
        .entriesOf(ids)
        .forEach(
            (id, list) -> {
              Map<LocalDate, DailyEntry> byDay = new HashMap<>();
              list.forEach(e -> byDay.put(e.featuredOn(), e));
              currentEntries.put(id, byDay);
            });

    Map<String, Organization> orgs = new LinkedHashMap<>();
    Map<String, Paper> paperWrites = new LinkedHashMap<>();
    Map<String, DailyEntry> entryWrites = new LinkedHashMap<>();
    for (ImportRecord r : pending) {
      String id = r.paper().id();
      Paper before = current.get(id);
      Paper after = PaperMerger.merge(before, r.paper());
      boolean paperChanged = !after.equals(before);
      if (paperChanged) {
        current.put(id, after);
        paperWrites.put(id, after);
      }
      boolean entryChanged = false;
      if (r.entry() != null) {
        Map<LocalDate, DailyEntry> byDay = currentEntries.computeIfAbsent(id, k -> new HashMap<>());
        DailyEntry old = byDay.get(r.entry().featuredOn());
        DailyEntry merged = mergeEntry(old, r.entry());
        if (!merged.equals(old)) {
          entryChanged = true;
          byDay.put(merged.featuredOn(), merged);
          entryWrites.put(id + "|" + merged.featuredOn(), merged);
        }
      }
      if (r.organization() != null) {
        orgs.merge(r.organization().name(), r.organization(), (a, b) -> b);
      }
      if (before == null) {
        imported++;
      } else if (paperChanged || entryChanged) {
        updated++;
      } else {
        unchanged++;
      }
    }
    for (String id : pendingWithdrawals) {
      Paper before = current.get(id);
      if (before == null) {
        withdrawalsOfUnknown++;
      } else if (!before.withdrawn()) {
        Paper after = before.toBuilder().withdrawn(true).build();
        current.put(id, after);
        paperWrites.put(id, after);
        withdrawn++;
      } else {
        unchanged++;
      }
    }
    if (!paperWrites.isEmpty() || !entryWrites.isEmpty()) {
      papers.writeBatch(orgs.values(), paperWrites.values(), entryWrites.values());
    }
    pending.clear();
    pendingWithdrawals.clear();
  }

  private static DailyEntry mergeEntry(DailyEntry old, DailyEntry neu) {
    if (old == null) {
      return neu;
    }
    return new DailyEntry(
        neu.paperId(),
        neu.featuredOn(),
        either(neu.submittedAt(), old.submittedAt()),
        either(neu.submitter(), old.submitter()),
        either(neu.submitterFullname(), old.submitterFullname()),
        either(neu.submitterAvatar(), old.submitterAvatar()));
  }

  private static <T> T either(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  /** Records whose paper was new. */
  public long imported() {
    return imported;
  }

  /** Records that changed a stored paper or its daily entry. */
  public long updated() {
    return updated;
  }

  /** Records and withdrawals that changed nothing. */
  public long unchanged() {
    return unchanged;
  }

  /** Stored papers newly marked withdrawn. */
  public long withdrawn() {
    return withdrawn;
  }

  /** Withdrawals of papers that are not stored, which are skipped. */
  public long withdrawalsOfUnknown() {
    return withdrawalsOfUnknown;
  }
}
