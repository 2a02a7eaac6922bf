package io.pmoflow.process;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;

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
  private final Texts texts;

  public CaseReceipts(People people, MailOutbox outbox, CaseAddresses addresses, Texts texts) {
    this.people = people;
    this.outbox = outbox;
    this.addresses = addresses;
    this.texts = texts;
  }

  /**
   * Mails {@code requester} (a user id; nobody when unknown or without an e-mail address), in their
   * language: the texts {@code <textKey>.title}, {@code .recorded} and {@code .next} of
   * {@code i18n/mails*.properties}, each given {@code arguments}.
   *
   * @param caseKey the business key, e.g. {@code RFP-3}
   */
  public void mail(String requester, String processDefinitionKey, String caseKey, String textKey, Object... arguments) {
    if (requester == null) {
      return;
    }
    people.user(requester)
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .ifPresent(user -> {
          LanguageTexts text = texts.forPerson(user.getId());
          outbox.enqueue(
              new OutgoingMail(
                  processDefinitionKey + "/" + caseKey + "/recorded/" + user.getId(),
                  user.getEmail(),
                  text.get("case.receipt.subject", text.get(textKey + ".title", arguments)),
                  text.get("case.receipt.body", user.getFirstName(),
                      text.get(textKey + ".recorded", arguments), text.get(textKey + ".next", arguments),
                      addresses.of(processDefinitionKey, caseKey).mailLines(text))));
        });
  }
}
