package io.pmoflow.rfp;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailText;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.project.ProjectService;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.web.PublicAddress;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The mails an RFP sends to vendors, in the language of the RFP's project (texts
 * {@code rfp.mail.*} of the bundle {@code i18n/mails}). Every link starts with the configured
 * public address ({@code pmoflow.base-url}); a mail says what to do and where, never how to call
 * the API.
 */
@Component
class RfpMails {

  private final PublicAddress address;
  private final Texts texts;
  private final ProjectService projects;

  RfpMails(PublicAddress address, Texts texts, ProjectService projects) {
    this.address = address;
    this.texts = texts;
    this.projects = projects;
  }

  OutgoingMail invitation(Rfp rfp, Vendor vendor, int documentVersion) {
    LanguageTexts text = text(rfp);
    return mail(text, "rfp-" + rfp.getId() + "/invitation/" + vendor.code(), vendor, "rfp.mail.invitation",
        new Object[] {rfp.getTitle()},
        vendor.name(), rfp.getTitle(), date(text, rfp.getIssueDate()), deadline(text, rfp.getQuestionDeadline()),
        deadline(text, rfp.getProposalDeadline()), date(text, rfp.getAwardDate()), date(text, rfp.getProjectStart()),
        date(text, rfp.getProjectEnd()), String.valueOf(documentVersion), documentUrl(rfp), rfpAddress(rfp));
  }

  OutgoingMail answer(Rfp rfp, Vendor vendor, RfpQuestion q) {
    LanguageTexts text = text(rfp);
    return mail(text, "rfp-" + rfp.getId() + "/answer/" + q.getId() + "/" + vendor.code(), vendor, "rfp.mail.answer",
        new Object[] {rfp.getTitle()},
        vendor.name(), rfp.getTitle(), q.getQuestion(), q.getAnswer(), documentUrl(rfp),
        deadline(text, rfp.getProposalDeadline()));
  }

  OutgoingMail deadlineExtended(Rfp rfp, Vendor vendor) {
    LanguageTexts text = text(rfp);
    return mail(text, "rfp-" + rfp.getId() + "/extended/" + rfp.getProposalDeadline() + "/" + vendor.code(), vendor,
        "rfp.mail.extended", new Object[] {rfp.getTitle()},
        vendor.name(), rfp.getTitle(), deadline(text, rfp.getProposalDeadline()), rfpAddress(rfp), documentUrl(rfp));
  }

  OutgoingMail cancelled(Rfp rfp, Vendor vendor) {
    return mail(text(rfp), "rfp-" + rfp.getId() + "/cancelled/" + vendor.code(), vendor, "rfp.mail.cancelled",
        new Object[] {rfp.getTitle()}, vendor.name(), rfp.getTitle(), rfp.getCancelReason());
  }

  OutgoingMail outcome(Rfp rfp, Vendor vendor, boolean won) {
    LanguageTexts text = text(rfp);
    return mail(text, "rfp-" + rfp.getId() + "/outcome/" + vendor.code(), vendor,
        won ? "rfp.mail.won" : "rfp.mail.lost", new Object[] {rfp.getTitle()},
        vendor.name(), rfp.getTitle(), date(text, rfp.getProjectStart()), date(text, rfp.getProjectEnd()));
  }

  private static OutgoingMail mail(
      LanguageTexts text, String dedupeKey, Vendor vendor, String key, Object[] subject, Object... body) {
    return MailText.of(text, key, subject, body).to(dedupeKey, vendor.email());
  }

  private LanguageTexts text(Rfp rfp) {
    return texts.in(projects.find(rfp.getProjectId()).language());
  }

  private static String date(LanguageTexts text, LocalDate date) {
    return date == null ? text.get("mail.notSet") : text.date(date);
  }

  private static String deadline(LanguageTexts text, Instant instant) {
    return instant == null ? text.get("mail.notSet") : text.dateTime(instant);
  }

  /** The RFP's address in PMO Flow's vendor interface. */
  /** The RFP's page in the vendor portal: the document, questions and answers, intent, the proposal with its files. */
  private String rfpAddress(Rfp rfp) {
    return address.baseUrl() + "/pmo/portal/rfps/" + rfp.getId();
  }

  /** The RFP's latest PDF; opens in a browser with a PMO Flow login. */
  private String documentUrl(Rfp rfp) {
    return address.baseUrl() + "/api/rfps/" + rfp.getId() + "/document";
  }
}
