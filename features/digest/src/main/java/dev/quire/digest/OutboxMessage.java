package dev.quire.digest;

/**
 * One queued message of the outbox, with what sending it needs of its subscription.
 *
 * @param subscriptionId the subscription
 * @param digestKey the digest it belongs to
 * @param payload alert batches: JSON of topic query to paper ids; null for digests
 * @param attempts attempts made before this one
 * @param email the subscription's address
 * @param status the subscription's status
 * @param topN the subscription's number of papers
 * @param bounces the subscription's permanent failures in a row
 * @param userId the subscription's account, or null
 * @param forYou whether the account's digest carries a "For you" section
 */
public record OutboxMessage(
    String subscriptionId,
    String digestKey,
    String payload,
    int attempts,
    String email,
    Subscription.Status status,
    int topN,
    int bounces,
    String userId,
    boolean forYou) {}
