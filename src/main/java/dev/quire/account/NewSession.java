package dev.quire.account;

import java.time.Instant;

/**
 * A session just created: the cookie value (never stored) and when it expires.
 *
 * @param token the secret cookie value
 * @param user the signed-in user
 * @param expires when the session ends
 */
public record NewSession(String token, User user, Instant expires) {}
