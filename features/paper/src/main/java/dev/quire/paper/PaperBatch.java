package dev.quire.paper;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one transaction merges into the stored papers: incoming papers (with their organisations and
 * daily entries), then withdrawals of papers arXiv deleted.
 *
 * @param incoming papers to merge, in source order
 * @param withdrawals ids of papers to mark withdrawn (unknown ones are only counted)
 */
public record PaperBatch(List<IncomingPaper> incoming, Set<String> withdrawals) {
  /** Papers per transaction unless a queue is made with another size. */
  public static final int DEFAULT_SIZE = 1000;

  public PaperBatch {
    incoming = List.copyOf(incoming);
    withdrawals = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(withdrawals));
  }

  /** A batch of these papers and no withdrawals. */
  public static PaperBatch of(IncomingPaper... papers) {
    return new PaperBatch(List.of(papers), Set.of());
  }

  /** Whether there is nothing to merge. */
  public boolean isEmpty() {
    return incoming.isEmpty() && withdrawals.isEmpty();
  }

  /** Every paper id the batch names, incoming first. */
  Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    incoming.forEach(r -> ids.add(r.paper().id()));
    ids.addAll(withdrawals);
    return ids;
  }
}
