package dev.quire.comment;

import java.time.Instant;

/**
 * One comment under a paper.
 *
 * @param id random id
 * @param paperId the paper
 * @param userId the author's account
 * @param author the author's name
 * @param body the Markdown source
 * @param createdAt when it was posted
 * @param editedAt when it was last edited, or null
 * @param hidden whether an admin hid it
 */
public record Comment(
    String id,
    String paperId,
    String userId,
    String author,
    String body,
    Instant createdAt,
    Instant editedAt,
    boolean hidden) {}
