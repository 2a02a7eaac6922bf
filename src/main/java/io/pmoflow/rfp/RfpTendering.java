package io.pmoflow.rfp;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.DateTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.forms.FormTime;
import java.util.List;
import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.rfp.RfpParts.Vendor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tender, from issuing the RFP to the proposal deadline: invitations, the vendors' questions
 * and their answers to all, closing the proposal box, and the PM's choice when none came (extend
 * the deadline or cancel).
 */
@Service
public class RfpTendering {

  private static final String EXTEND = "extend";
  private static final String CANCEL = "cancel";
  /** The label of the no-proposals form's deadline field. */
  private static final String NEW_DEADLINE_LABEL = "New proposal deadline";

  private final RfpRepository rfps;
  private final RfpQuestionRepository questions;
  private final RfpProposalRepository proposals;
  private final RfpHistory history;
  private final DocumentStore documents;
  private final MailOutbox outbox;
  private final RfpMails mails;
  private final Clock clock;
  private final FormTime time;

  RfpTendering(
      RfpRepository rfps,
      RfpQuestionRepository questions,
      RfpProposalRepository proposals,
      RfpHistory history,
      DocumentStore documents,
      MailOutbox outbox,
      RfpMails mails,
      Clock clock,
      FormTime time) {
    this.time = time;
    this.rfps = rfps;
    this.questions = questions;
    this.proposals = proposals;
    this.history = history;
    this.documents = documents;
    this.outbox = outbox;
    this.mails = mails;
    this.clock = clock;
  }

  /** Mails every invited vendor the invitation with the dates and the document attached. */
  @Transactional
  public void issue(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    DocumentVersion document = documents.latest(rfp.documentKey())
        .orElseThrow(() -> new IllegalStateException("RFP " + rfpId + " has no document to issue"));
    rfp.status(RfpStatus.ISSUED);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(
          mails.invitation(rfp, vendor, document.getVersion())
              .withAttachment(document.fileName("pdf"), "application/pdf", document.getPdf()));
    }
    history.record(rfpId, null, "Issued to vendors", rfp.getVendors().stream().map(Vendor::code).collect(Collectors.joining(", ")));
  }

  /** What the PM's form shows when no proposal came: the RFP's title and its schedule with the deadline that passed. */
  @Transactional(readOnly = true)
  public Map<String, Object> noProposalsForm(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    Map<String, Object> fields = ShownTexts.of("rfpMilestones", language -> RfpFormTexts.milestones(rfp, language, time.zone()));
    fields.put("rfpTitle", rfp.getTitle());
    return fields;
  }

  /** What the answering form shows: the RFP's title and the question, not who asked it. */
  @Transactional(readOnly = true)
  public Map<String, Object> questionForm(long questionId) {
    RfpQuestion q = question(questionId);
    Rfp rfp = rfps.require(q.getRfpId());
    List<RfpQuestion> all = questions.findByRfpIdOrderById(q.getRfpId());
    Map<String, Object> fields = new java.util.HashMap<>(Map.of(
        "rfpTitle", rfp.getTitle(),
        "question", q.getQuestion(),
        RfpVariables.ANSWER, ""));
    ShownTexts.put(fields, "askedBy", language -> Text.of("rfp.text.asked-by", RfpFormTexts.vendorName(rfp, q.getVendorCode()),
        q.getVendorCode(), q.getAskedBy(), DateTexts.dateTime(q.getAskedAt(), language, time.zone())).in(language));
    ShownTexts.put(fields, "earlierAnswers", language -> RfpFormTexts.answered(all, language));
    return fields;
  }

  @Transactional
  public void answer(long questionId, String answer, String by) {
    if (answer == null || answer.isBlank()) {
      throw new FormInputRefused(Text.of("rfp.refused.answer-missing", FormTexts.label("Answer")).inRequestLanguage());
    }
    RfpQuestion q = question(questionId);
    q.answer(answer, by, clock.instant());
    history.record(q.getRfpId(), by, "Question answered", "question " + questionId);
  }

  /** Sends the question and its answer to every invited vendor, without naming who asked. */
  @Transactional
  public void broadcastAnswer(long questionId) {
    RfpQuestion q = question(questionId);
    Rfp rfp = rfps.require(q.getRfpId());
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.answer(rfp, vendor, q));
    }
  }

  /** Closes the proposal box at the deadline; returns whether any proposal came. */
  @Transactional
  public boolean closeProposals(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    int count = proposals.findByRfpIdOrderById(rfpId).size();
    if (count > 0) {
      rfp.status(RfpStatus.EVALUATION);
    }
    history.record(rfpId, null, "Proposal deadline passed", count + " proposal(s)");
    return count > 0;
  }

  /**
   * Checks the PM's choice when no proposal came: "extend" with a new deadline in the future, or
   * "cancel" with the reason the vendors are told. Returns whether the deadline is extended.
   */
  public boolean decideNoProposals(String decision, String newDeadline, String cancelReason) {
    if (EXTEND.equals(decision)) {
      Instant deadline = time.typed(newDeadline, NEW_DEADLINE_LABEL);
      if (deadline == null || !deadline.isAfter(clock.instant())) {
        throw new FormInputRefused(Text.of("rfp.refused.deadline-past").inRequestLanguage());
      }
      return true;
    }
    if (CANCEL.equals(decision)) {
      if (cancelReason == null || cancelReason.isBlank()) {
        throw new FormInputRefused(Text.of("rfp.refused.cancel-reason").inRequestLanguage());
      }
      return false;
    }
    throw new FormInputRefused(Text.of("rfp.refused.no-proposals-decision").inRequestLanguage());
  }

  /**
   * Moves the proposal deadline to the one the PM typed and tells the vendors; returns the new
   * deadline for the timer.
   */
  @Transactional
  public String extendDeadline(long rfpId, Object typedDeadline) {
    Rfp rfp = rfps.require(rfpId);
    Instant deadline = time.typed(typedDeadline, NEW_DEADLINE_LABEL);
    if (deadline == null || !deadline.isAfter(clock.instant())) {
      throw new FormInputRefused(Text.of("rfp.refused.deadline-past").inRequestLanguage());
    }
    rfp.extendProposalDeadline(deadline);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.deadlineExtended(rfp, vendor));
    }
    history.record(rfpId, null, "Proposal deadline extended", deadline.toString());
    return deadline.toString();
  }

  @Transactional
  public void cancel(long rfpId, String reason) {
    Rfp rfp = rfps.require(rfpId);
    rfp.cancel(reason == null || reason.isBlank() ? "no reason given" : reason);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.cancelled(rfp, vendor));
    }
    history.record(rfpId, null, "RFP cancelled", rfp.getCancelReason());
  }

  private RfpQuestion question(long questionId) {
    return questions.findById(questionId)
        .orElseThrow(() -> new IllegalStateException("Question " + questionId + " does not exist"));
  }
}
