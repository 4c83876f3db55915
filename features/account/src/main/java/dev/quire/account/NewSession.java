package dev.quire.account;

import java.time.Instant;

/**
 * A session just started: the cookie value (shown once), its user, when it ends, and the device
 * cookie that lets this browser sign in to the account even while wrong guesses lock it.
 */
public record NewSession(String token, User user, Instant expires, String deviceToken) {}
