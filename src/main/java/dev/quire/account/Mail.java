package dev.quire.account;

/**
 * A plain-text mail to one recipient.
 *
 * @param to recipient address
 * @param subject subject line
 * @param text body
 */
public record Mail(String to, String subject, String text) {}
