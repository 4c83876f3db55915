package dev.quire.ingest;

import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;

/**
 * One parsed input record: a paper, and when the source says so its organisation and daily-list
 * entry.
 *
 * @param paper the paper
 * @param organization its organisation, or null
 * @param entry its daily-list entry, or null
 */
public record ImportRecord(Paper paper, Organization organization, DailyEntry entry) {}
