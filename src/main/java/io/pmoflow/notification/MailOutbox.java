package io.pmoflow.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way PMO Flow sends mail: queue it in the caller's transaction. It is sent once that
 * transaction commits; a rolled-back step sends nothing, and a failed send is retried.
 */
@Service
public class MailOutbox {

  /** The mail, unless its dedupe key was queued before: one statement (the key is unique). */
  private static final String QUEUE_UNLESS_QUEUED =
      "insert into outbox_mail (dedupe_key, recipient, subject, body, erase_body_after_send, status, attempts,"
          + " next_attempt_at, created_at) select ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?"
          + " where not exists (select 1 from outbox_mail where dedupe_key = ?)";

  private final OutboxMailRepository repository;
  private final JdbcTemplate jdbc;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;

  MailOutbox(OutboxMailRepository repository, JdbcTemplate jdbc, OutboxDispatcher dispatcher, Clock clock) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Queues the mail unless one with the same dedupe key was queued before. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(OutgoingMail mail) {
    if (!queued(mail)) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatcher.dispatchSoon();
          }
        });
  }

  /** Writes the mail unless its dedupe key is in the outbox already; whether it was written. */
  private boolean queued(OutgoingMail mail) {
    if (!mail.attachments().isEmpty()) {
      // the attachments are rows of their own, written with the mail's entity
      if (repository.existsByDedupeKey(mail.dedupeKey())) {
        return false;
      }
      repository.save(new OutboxMail(mail, clock.instant()));
      return true;
    }
    // most mails carry none: a look-up and an insert made one statement (a start queues two or three)
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return jdbc.update(QUEUE_UNLESS_QUEUED, mail.dedupeKey(), mail.to(), mail.subject(), mail.body(),
        mail.eraseBodyAfterSending(), now, now, mail.dedupeKey()) == 1;
  }

  /** How many mails wait to be sent, are being sent, or failed for good, by status in lower case. */
  @Transactional(readOnly = true)
  public Map<String, Long> unsentByStatus() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (OutboxMail.Status status : OutboxMail.Status.values()) {
      if (status != OutboxMail.Status.SENT) {
        counts.put(status.name().toLowerCase(Locale.ROOT), repository.countByStatus(status));
      }
    }
    return counts;
  }
}
