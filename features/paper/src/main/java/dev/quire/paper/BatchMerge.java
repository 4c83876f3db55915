package dev.quire.paper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a batch into the stored rows it names ({@link PaperMerger}'s rules for papers; for daily
 * entries the incoming value of each known field), keeping only what changed and counting.
 */
final class BatchMerge {
  private final Map<String, Paper> current;
  private final Map<String, Map<LocalDate, DailyEntry>> currentEntries = new HashMap<>();
  private final Map<String, Organization> orgs = new LinkedHashMap<>();
  private final Map<String, Paper> paperWrites = new LinkedHashMap<>();
  private final Map<String, DailyEntry> entryWrites = new LinkedHashMap<>();
  private long imported;
  private long updated;
  private long unchanged;
  private long withdrawn;
  private long withdrawalsOfUnknown;

  /** A merge onto these stored papers (imported counts) and their daily entries. */
  BatchMerge(Map<String, Paper> stored, Map<String, List<DailyEntry>> storedEntries) {
    this.current = new HashMap<>(stored);
    storedEntries.forEach(
        (id, list) -> {
          Map<LocalDate, DailyEntry> byDay = new HashMap<>();
          list.forEach(e -> byDay.put(e.featuredOn(), e));
          currentEntries.put(id, byDay);
        });
  }

  /** Merges the batch: its incoming papers in order, then its withdrawals. */
  BatchMerge merge(PaperBatch batch) {
    batch.incoming().forEach(this::merge);
    batch.withdrawals().forEach(this::withdraw);
    return this;
  }

  private void merge(IncomingPaper r) {
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

  private void withdraw(String id) {
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

  /** Whether any paper or daily entry changed (organisations alone are not written). */
  boolean changedAnything() {
    return !paperWrites.isEmpty() || !entryWrites.isEmpty();
  }

  Collection<Organization> organizations() {
    return orgs.values();
  }

  Collection<Paper> papers() {
    return paperWrites.values();
  }

  Collection<DailyEntry> entries() {
    return entryWrites.values();
  }

  MergeCounts counts() {
    return new MergeCounts(imported, updated, unchanged, withdrawn, withdrawalsOfUnknown);
  }

  /** The ids of the papers whose rows or entries change. */
  Set<String> changedIds() {
    Set<String> ids = new LinkedHashSet<>(paperWrites.keySet());
    entryWrites.values().forEach(e -> ids.add(e.paperId()));
    return ids;
  }
}
