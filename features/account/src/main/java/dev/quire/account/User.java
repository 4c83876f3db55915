package dev.quire.account;

/**
 * A registered account.
 *
 * @param id random id
 * @param email lower-cased email address, unique
 * @param name public display name, unique
 * @param admin whether the account has the admin role
 * @param verified whether the email address has been confirmed
 */
public record User(String id, String email, String name, boolean admin, boolean verified) {}
