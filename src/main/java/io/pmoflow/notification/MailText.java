package io.pmoflow.notification;

import io.pmoflow.i18n.LanguageTexts;
import org.camunda.bpm.engine.identity.User;

/**
 * A mail's subject and body in one language, from the bundle {@code i18n/mails}: the texts
 * {@code <key>.subject} and {@code <key>.body} with their arguments, the body signed with
 * {@code mail.signature}. Every mail PMO Flow sends is written this way, so a mail exists in each
 * language as a pair of texts, never as a second code path.
 */
public record MailText(String subject, String body) {

  public static MailText of(LanguageTexts text, String key, Object[] subjectArguments, Object... bodyArguments) {
    return sharingBody(text, key + ".subject", subjectArguments, key + ".body", bodyArguments);
  }

  /** For mails whose subjects differ while they share one body text. */
  public static MailText sharingBody(
      LanguageTexts text, String subjectKey, Object[] subjectArguments, String bodyKey, Object... bodyArguments) {
    return new MailText(
        text.get(subjectKey, subjectArguments),
        text.get(bodyKey, bodyArguments) + "\n\n" + text.get("mail.signature"));
  }

  /** How a mail greets a person: their first name, or their user id if they have none. */
  public static String greeting(User person) {
    String first = person.getFirstName();
    return first == null || first.isBlank() ? person.getId() : first;
  }

  public OutgoingMail to(String dedupeKey, String address) {
    return new OutgoingMail(dedupeKey, address, subject, body);
  }
}
