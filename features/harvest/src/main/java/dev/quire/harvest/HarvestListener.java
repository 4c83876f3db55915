package dev.quire.harvest;

/** Hears about a harvest as its pages are committed; the command line prints progress from it. */
public interface HarvestListener {
  /** A listener that ignores everything. */
  HarvestListener NONE = new HarvestListener() {};

  /**
   * A page is stored and its successor remembered.
   *
   * @param set the set label
   * @param page pages committed in this run (1 for the first)
   * @param runRecords records in the run so far, resumed pages included
   * @param completeListSize records the repository announced, or null
   */
  default void pageCommitted(String set, int page, long runRecords, Long completeListSize) {}

  /** A note worth telling the user (resuming, restarting, retrying). */
  default void note(String message) {}
}
