package io.pmoflow.rfp;

import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.rfp.RfpParts.Vendor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The texts of the mails an RFP sends to vendors. */
@Component
class RfpMails {

  private final String baseUrl;

  RfpMails(@Value("${pmoflow.base-url}") String baseUrl) {
    this.baseUrl = baseUrl;
  }

  OutgoingMail invitation(Rfp rfp, Vendor vendor, int documentVersion) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/invitation/" + vendor.code(),
        vendor.email(),
        "Request for proposal: " + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n"
            + "you are invited to submit a proposal for \"" + rfp.getTitle() + "\".\n\n"
            + dates(rfp)
            + "The RFP document (version " + documentVersion + ") is attached, and always at:\n"
            + documentUrl(rfp) + "\n"
            + "(sign in with your vendor account).\n\n"
            + "Questions: POST " + apiUrl(rfp) + "/questions\n"
            + "Proposal:  POST " + apiUrl(rfp) + "/proposals\n\n"
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
            + "Question:\n" + q.getQuestion() + "\n\nAnswer:\n" + q.getAnswer() + "\n\nPMO Flow");
  }

  OutgoingMail deadlineExtended(Rfp rfp, Vendor vendor) {
    return new OutgoingMail(
        "rfp-" + rfp.getId() + "/extended/" + rfp.getProposalDeadline() + "/" + vendor.code(),
        vendor.email(),
        "New proposal deadline for the RFP " + rfp.getTitle(),
        "Dear " + vendor.name() + ",\n\n"
            + "the deadline for proposals on \"" + rfp.getTitle() + "\" has been extended to "
            + rfp.getProposalDeadline() + ".\n\n"
            + "Proposal: POST " + apiUrl(rfp) + "/proposals\n\nPMO Flow");
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
        + "Question deadline:  " + rfp.getQuestionDeadline() + "\n"
        + "Proposal deadline:  " + rfp.getProposalDeadline() + "\n"
        + "Award date:         " + rfp.getAwardDate() + "\n"
        + "Project:            " + rfp.getProjectStart() + " to " + rfp.getProjectEnd() + "\n\n";
  }

  private String apiUrl(Rfp rfp) {
    return baseUrl + "/api/rfps/" + rfp.getId();
  }

  private String documentUrl(Rfp rfp) {
    return apiUrl(rfp) + "/document";
  }
}
