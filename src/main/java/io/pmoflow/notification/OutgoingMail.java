package io.pmoflow.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * A mail to send. The dedupe key names the occasion (e.g. {@code change-42/approved/peter}): a
 * step that runs again enqueues nothing new, so a retried job never mails twice. A mail that
 * carries a secret (a one-time link) has its body erased from the outbox once it is sent.
 */
public record OutgoingMail(
    String dedupeKey,
    String to,
    String subject,
    String body,
    boolean eraseBodyAfterSending,
    List<Attachment> attachments) {

  /** A file sent with the mail, e.g. a generated PDF. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public OutgoingMail {
    attachments = List.copyOf(attachments);
  }

  public OutgoingMail(String dedupeKey, String to, String subject, String body) {
    this(dedupeKey, to, subject, body, false, List.of());
  }

  /** A mail whose body holds a secret: the outbox keeps it only until it has been sent. */
  public static OutgoingMail containingSecret(String dedupeKey, String to, String subject, String body) {
    return new OutgoingMail(dedupeKey, to, subject, body, true, List.of());
  }

  public OutgoingMail withAttachment(String fileName, String contentType, byte[] content) {
    List<Attachment> more = new ArrayList<>(attachments);
    more.add(new Attachment(fileName, contentType, content));
    return new OutgoingMail(dedupeKey, to, subject, body, eraseBodyAfterSending, more);
  }
}
