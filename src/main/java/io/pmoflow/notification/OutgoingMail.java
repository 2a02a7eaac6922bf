package io.pmoflow.notification;

/**
 * A mail to send. The dedupe key names the occasion (e.g. {@code change-42/approved/peter}): a
 * step that runs again enqueues nothing new, so a retried job never mails twice. A mail that
 * carries a secret (a one-time link) has its body erased from the outbox once it is sent.
 */
public record OutgoingMail(
    String dedupeKey, String to, String subject, String body, boolean eraseBodyAfterSending) {

  public OutgoingMail(String dedupeKey, String to, String subject, String body) {
    this(dedupeKey, to, subject, body, false);
  }

  /** A mail whose body holds a secret: the outbox keeps it only until it has been sent. */
  public static OutgoingMail containingSecret(String dedupeKey, String to, String subject, String body) {
    return new OutgoingMail(dedupeKey, to, subject, body, true);
  }
}
