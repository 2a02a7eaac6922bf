package io.pmoflow.notification;

import java.time.Clock;
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
}
