package dev.quire.paper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queues incoming papers and withdrawals from a reader and merges them through {@link PaperStore}
 * one batch (one transaction) at a time, adding up what changed.
 */
public final class MergeQueue {
  private final PaperStore store;
  private final int batchSize;
  private final List<IncomingPaper> pending = new ArrayList<>();
  private final Set<String> pendingWithdrawals = new LinkedHashSet<>();
  private MergeCounts counts = MergeCounts.NONE;

  MergeQueue(PaperStore store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    this.store = store;
    this.batchSize = batchSize;
  }

  /** Queues a paper; merges the batch when full. Returns true when a batch was merged. */
  public boolean add(IncomingPaper paper) {
    pending.add(paper);
    return flushIfFull();
  }

  /**
   * Queues the withdrawal of a paper (arXiv deleted it): a stored paper is kept and marked
   * withdrawn; an unknown one is only counted. Returns true when a batch was merged.
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

  /** Merges whatever is queued. */
  public void flush() {
    if (pending.isEmpty() && pendingWithdrawals.isEmpty()) {
      return;
    }
    counts = counts.plus(store.merge(new PaperBatch(pending, pendingWithdrawals)));
    pending.clear();
    pendingWithdrawals.clear();
  }

  /** What the batches merged so far changed. */
  public MergeCounts counts() {
    return counts;
  }
}
