package dev.quire.web.view;

/**
 * One digest run on the mail admin page.
 *
 * @param key the digest key, e.g. daily:2026-08-21
 * @param papers how many papers it lists, or "per subscriber" for alerts
 * @param lastRun when it last ran
 * @param sent messages sent
 * @param pending messages waiting (or being sent)
 * @param failed messages given up on
 * @param skipped messages dropped because the subscription ended
 */
public record MailRunRow(
    String key, String papers, String lastRun, int sent, int pending, int failed, int skipped) {}
