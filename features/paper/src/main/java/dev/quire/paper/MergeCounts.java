package dev.quire.paper;

/**
 * What merging changed, counted per incoming paper or withdrawal.
 *
 * @param imported incoming papers that were new
 * @param updated incoming papers that changed a stored paper or its daily entry
 * @param unchanged incoming papers and withdrawals that changed nothing
 * @param withdrawn stored papers newly marked withdrawn
 * @param withdrawalsOfUnknown withdrawals of papers that are not stored, which are skipped
 */
public record MergeCounts(
    long imported, long updated, long unchanged, long withdrawn, long withdrawalsOfUnknown) {
  /** Nothing merged. */
  public static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0, 0);

  /** These counts and {@code o}'s added up. */
  public MergeCounts plus(MergeCounts o) {
    return new MergeCounts(
        imported + o.imported,
        updated + o.updated,
        unchanged + o.unchanged,
        withdrawn + o.withdrawn,
        withdrawalsOfUnknown + o.withdrawalsOfUnknown);
  }
}
