package dev.quire.account;

import java.time.Instant;

/**
 * An API token as listed on the settings page; the secret itself is shown only once, at creation.
 *
 * @param id random id
 * @param name what the owner called it
 * @param createdAt when it was made
 * @param lastUsedAt when it last authenticated a request, or null
 * @param scope what it may do
 */
public record ApiToken(
    String id, String name, Instant createdAt, Instant lastUsedAt, TokenScope scope) {}
