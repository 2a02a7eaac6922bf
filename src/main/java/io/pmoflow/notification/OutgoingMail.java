package io.pmoflow.notification;

/**
 * A mail to send. The dedupe key names the occasion (e.g. {@code change-42/approved/peter}): a
 * step that runs again enqueues nothing new, so a retried job never mails twice.
 */
public record OutgoingMail(String dedupeKey, String to, String subject, String body) {}
