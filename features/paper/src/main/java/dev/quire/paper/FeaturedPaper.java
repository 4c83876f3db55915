package dev.quire.paper;

/**
 * A paper as shown on a daily list: the entry, the paper and its organisation (null when unknown).
 *
 * @param entry the daily-list entry
 * @param paper the paper
 * @param organization the paper's organisation, or null
 */
public record FeaturedPaper(DailyEntry entry, Paper paper, Organization organization) {}
