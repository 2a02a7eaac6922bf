package io.pmoflow.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

  private final OutboxMailRepository repository;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;

  MailOutbox(OutboxMailRepository repository, OutboxDispatcher dispatcher, Clock clock) {
    this.repository = repository;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Queues the mail unless one with the same dedupe key was queued before. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(OutgoingMail mail) {
    if (repository.existsByDedupeKey(mail.dedupeKey())) {
      return;
    }
    repository.save(new OutboxMail(mail, clock.instant()));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatcher.dispatchSoon();
          }
        });
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
