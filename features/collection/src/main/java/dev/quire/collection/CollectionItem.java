package dev.quire.collection;

import java.time.Instant;

/**
 * A paper in a collection.
 *
 * @param paperId normalised arXiv id
 * @param addedAt when it was added
 */
public record CollectionItem(String paperId, Instant addedAt) {}
