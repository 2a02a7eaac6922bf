package io.pmoflow.specchange;

import io.pmoflow.specchange.SpecChangeMails.Notice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people concerned what happened to a change request, once per event (the occasion
 * keys the mail in the outbox), and notes it in the trail; a rejection or withdrawal also ends
 * the request's life.
 */
@Service
public class SpecChangeNotices {

  private final SpecChangeMails mails;
  private final ChangeRequestProgress progress;

  SpecChangeNotices(SpecChangeMails mails, ChangeRequestProgress progress) {
    this.mails = mails;
    this.progress = progress;
  }

  /** The vendor and stakeholders learn the new baseline. */
  @Transactional
  public void approved(long id, int version, String step) {
    mails.send(id, Notice.APPROVED, "v" + version);
    progress.note(id, step, "mailed");
  }

  /** Everyone learns that the board rolled the emergency change back. */
  @Transactional
  public void rolledBack(long id, int version, String step) {
    mails.send(id, Notice.ROLLED_BACK, "v" + version);
    progress.note(id, step, "mailed");
  }

  /** The requester learns why the change was rejected; the request is closed as rejected. */
  @Transactional
  public void rejected(long id) {
    progress.finish(id, ChangeStatus.REJECTED, "Tell the requester: rejected");
    mails.send(id, Notice.REJECTED, "once");
  }

  /** The people concerned learn that the requester withdrew the request. */
  @Transactional
  public void withdrawn(long id) {
    progress.finish(id, ChangeStatus.WITHDRAWN, "Tell the people concerned: withdrawn");
    mails.send(id, Notice.WITHDRAWN, "once");
  }

  /** The PMO learns that a decision is overdue at {@code waitingTask}; {@code occasion} keys the mail. */
  @Transactional
  public void escalated(long id, String occasion, String waitingTask, String step) {
    mails.send(id, Notice.ESCALATED, occasion);
    progress.note(id, step, "decision overdue at " + waitingTask);
  }
}
