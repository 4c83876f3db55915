package dev.quire.paper;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one write path of papers: merges batches from every source (import files, harvests,
 * submissions) into the stored papers and daily entries, writes this site's own counts, and after
 * each commit announces the change on {@link PaperChanges} — so no writer has to remember to tell
 * the caches.
 */
public final class PaperStore {
  private final Jdbi jdbi;
  private final PaperRepository papers;
  private final PaperChanges changes;

  /** A store writing what {@code papers} reads, announcing on {@code papers.changes()}. */
  public PaperStore(Jdbi jdbi, PaperRepository papers) {
    this.jdbi = jdbi;
    this.papers = papers;
    this.changes = papers.changes();
  }

  /** Where committed changes are announced. */
  public PaperChanges changes() {
    return changes;
  }

  /**
   * Merges a batch into what is stored, in one transaction: reads the stored rows it names, merges
   * them ({@link PaperMerger}), writes only what changed, then announces it. Merging the same batch
   * again changes nothing and announces nothing.
   */
  public MergeCounts merge(PaperBatch batch) {
    if (batch.isEmpty()) {
      return MergeCounts.NONE;
    }
    Set<String> ids = batch.ids();
    BatchMerge merged = new BatchMerge(papers.findAll(ids), papers.entriesOf(ids)).merge(batch);
    if (merged.changedAnything()) {
      commit(merged.organizations(), merged.papers(), merged.entries(), merged.changedIds());
    }
    return merged.counts();
  }

  /** A queue that merges papers in batches of {@link PaperBatch#DEFAULT_SIZE}. */
  public MergeQueue queue() {
    return new MergeQueue(this, PaperBatch.DEFAULT_SIZE);
  }

  /** A queue that merges papers in batches of {@code batchSize}. */
  public MergeQueue queue(int batchSize) {
    return new MergeQueue(this, batchSize);
  }

  /**
   * Stores these rows exactly as given (no merging: counts may go down), in one transaction, then
   * announces them: for seeding sample, test and benchmark data.
   */
  public void writeBatch(
      Collection<Organization> orgs, Collection<Paper> rows, Collection<DailyEntry> entries) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(p -> ids.add(p.id()));
    entries.forEach(e -> ids.add(e.paperId()));
    commit(orgs, rows, entries, ids);
  }

  /** Creates or renames an organisation. */
  public void saveOrganization(Organization org) {
    writeBatch(List.of(org), List.of(), List.of());
  }

  /** Links a paper to an organisation (or unlinks it, with null); false when there is no paper. */
  public boolean linkOrganization(String paperId, String organization) {
    boolean linked =
        jdbi.inTransaction(h -> PaperWrites.linkOrganization(h, paperId, organization));
    changes.announce(new PaperChange(Set.of(paperId)));
    return linked;
  }

  /**
   * Adds to the counts of this site's own votes and visible comments of a paper, inside the
   * caller's transaction; the change is announced when that transaction commits, never when it
   * rolls back.
   */
  public void addLocalCounts(Handle h, String paperId, int upvotes, int comments) {
    PaperWrites.addLocalCounts(h, paperId, upvotes, comments);
    announceAfterCommit(h, Set.of(paperId));
  }

  /**
   * Takes a user's votes and visible comments off the papers' local counts, inside the caller's
   * transaction that then deletes them; announced when it commits.
   */
  public void takeBackLocalCounts(Handle h, String userId) {
    announceAfterCommit(h, PaperWrites.takeBackLocalCounts(h, userId));
  }

  private void commit(
      Collection<Organization> orgs,
      Collection<Paper> rows,
      Collection<DailyEntry> entries,
      Set<String> ids) {
    jdbi.useTransaction(h -> PaperWrites.write(h, orgs, rows, entries));
    changes.announce(new PaperChange(ids));
  }

  private void announceAfterCommit(Handle h, Set<String> ids) {
    PaperChange change = new PaperChange(ids);
    if (h.isInTransaction()) {
      h.afterCommit(() -> changes.announce(change));
    } else {
      changes.announce(change);
    }
  }
}
