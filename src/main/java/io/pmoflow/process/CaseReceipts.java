package io.pmoflow.process;

import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.People;
import org.springframework.stereotype.Service;

/**
 * The mail that tells the person who asked for a case its key and where to follow it, the same for
 * every process (a spec change, an RFP, a vendor onboarding). Queued in the start's transaction, so
 * a refused start mails nothing; one per case and person, however often a step is retried.
 */
@Service
public class CaseReceipts {

  private final People people;
  private final MailOutbox outbox;
  private final CaseAddresses addresses;

  public CaseReceipts(People people, MailOutbox outbox, CaseAddresses addresses) {
    this.people = people;
    this.outbox = outbox;
    this.addresses = addresses;
  }

  /**
   * Mails {@code requester} (a user id; nobody when unknown or without an e-mail address).
   *
   * @param caseKey the business key, e.g. {@code RFP-3}
   * @param title what the case is about, as people name it, e.g. {@code RFP-3: Customer relationship system}
   * @param recordedAs the sentence saying what was recorded, e.g. {@code Your RFP is recorded as RFP-3.}
   * @param next what happens next, in a sentence or two
   */
  public void mail(String requester, String processDefinitionKey, String caseKey, String title, String recordedAs, String next) {
    if (requester == null) {
      return;
    }
    people.user(requester)
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .ifPresent(user -> outbox.enqueue(
            new OutgoingMail(
                processDefinitionKey + "/" + caseKey + "/recorded/" + user.getId(),
                user.getEmail(),
                "Recorded: " + title,
                "Hello " + user.getFirstName() + ",\n\n"
                    + recordedAs + " " + next + "\n\n"
                    + addresses.of(processDefinitionKey, caseKey).mailLines()
                    + "\n\nPMO Flow")));
  }
}
