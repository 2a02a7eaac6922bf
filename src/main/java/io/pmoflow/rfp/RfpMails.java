package io.pmoflow.rfp;

import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.web.PublicAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The texts of the mails an RFP sends to vendors. Every link starts with the configured public
 * address ({@code pmoflow.base-url}); a mail says what to do and where, never how to call the API.
 */
@Component
class RfpMails {

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final PublicAddress address;

  RfpMails(PublicAddress address) {
    this.address = address;
  }

  OutgoingMail invitation(Rfp rfp, Vendor vendor, int documentVersion) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/invitation/" + vendor.code(),
        vendor.email(),
        "Request for proposal: " + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n"
            + "you are invited to submit a proposal for \"" + rfp.getTitle() + "\".\n\n"
            + dates(rfp)
            + "What to do:\n"
            + "1. Read the RFP. The document (version " + documentVersion + ") is attached; the latest version is always at\n"
            + "   " + documentUrl(rfp) + "\n"
            + "   (sign in with your PMO Flow vendor account).\n"
            + "2. Tell us whether you intend to bid, and ask your questions until " + deadline(rfp.getQuestionDeadline())
            + ", through PMO Flow's vendor interface for this RFP (" + rfpAddress(rfp) + ",\n"
            + "   the same vendor account). Every invited vendor receives each question with its answer; who asked is not named.\n"
            + "3. Send your proposal (price, summary and your proposal document) the same way, until "
            + deadline(rfp.getProposalDeadline()) + ". One proposal per vendor.\n\n"
            + "PMO Flow");
  }

  OutgoingMail answer(Rfp rfp, Vendor vendor, RfpQuestion q) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/answer/" + q.getId() + "/" + vendor.code(),
        vendor.email(),
        "Answer to a question on the RFP " + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n"
            + "a bidder asked a question about \"" + rfp.getTitle() + "\". "
            + "Question and answer go to every invited vendor.\n\n"
            + "Question:\n" + q.getQuestion() + "\n\nAnswer:\n" + q.getAnswer() + "\n\n"
            + "The RFP: " + documentUrl(rfp) + " (sign in with your PMO Flow vendor account).\n"
            + "Proposals are due " + deadline(rfp.getProposalDeadline()) + ".\n\nPMO Flow");
  }

  OutgoingMail deadlineExtended(Rfp rfp, Vendor vendor) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/extended/" + rfp.getProposalDeadline() + "/" + vendor.code(),
        vendor.email(),
        "New proposal deadline for the RFP " + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n"
            + "the deadline for proposals on \"" + rfp.getTitle() + "\" has been extended to "
            + deadline(rfp.getProposalDeadline()) + ".\n\n"
            + "Send your proposal through PMO Flow's vendor interface for this RFP (" + rfpAddress(rfp)
            + ", with your vendor account) by then.\n"
            + "The RFP: " + documentUrl(rfp) + "\n\nPMO Flow");
  }

  OutgoingMail cancelled(Rfp rfp, Vendor vendor) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/cancelled/" + vendor.code(),
        vendor.email(),
        "The RFP " + rfp.getTitle() + " is cancelled",
        "Dear " + vendor.name() + ",\n\n"
            + "the request for proposal \"" + rfp.getTitle() + "\" has been cancelled: "
            + rfp.getCancelReason() + "\n\nThank you for your interest.\n\nPMO Flow");
  }

  OutgoingMail outcome(Rfp rfp, Vendor vendor, boolean won) {
    String text =
        won
            ? "we are pleased to tell you that your proposal for \"" + rfp.getTitle()
                + "\" has been selected. Our PMO will contact you about onboarding; the contract"
                + " runs from " + rfp.getProjectStart() + " to " + rfp.getProjectEnd() + "."
            : "thank you for your proposal for \"" + rfp.getTitle()
                + "\". We regret that it has not been selected this time.";
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/outcome/" + vendor.code(),
        vendor.email(),
        (won ? "Award: " : "Outcome: ") + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n" + text + "\n\nPMO Flow");
  }

  private static String dates(Rfp rfp) {
    return "Issue date:         " + rfp.getIssueDate() + "\n"
        + "Question deadline:  " + deadline(rfp.getQuestionDeadline()) + "\n"
        + "Proposal deadline:  " + deadline(rfp.getProposalDeadline()) + "\n"
        + "Award date:         " + rfp.getAwardDate() + "\n"
        + "Project:            " + rfp.getProjectStart() + " to " + rfp.getProjectEnd() + "\n\n";
  }

  private static String deadline(Instant instant) {
    return instant == null ? "(not set)" : DEADLINE.format(instant);
  }

  /** The RFP's address in PMO Flow's vendor interface. */
  private String rfpAddress(Rfp rfp) {
    return address.baseUrl() + "/api/rfps/" + rfp.getId();
  }

  /** The RFP's latest PDF; opens in a browser with a PMO Flow login. */
  private String documentUrl(Rfp rfp) {
    return rfpAddress(rfp) + "/document";
  }
}
